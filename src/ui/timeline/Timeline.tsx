/** Placeholder until the component lands. */
export function Timeline() {
  return (
    <section className="panel" style={{ height: '100%', padding: 12 }}>
      <h2 className="panel__title">Timeline</h2>
    </section>
  );
}
