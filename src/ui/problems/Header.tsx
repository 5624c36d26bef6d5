/** Placeholder until the component lands. */
export function Header() {
  return (
    <section className="panel" style={{ height: '100%', padding: 12 }}>
      <h2 className="panel__title">Header</h2>
    </section>
  );
}
