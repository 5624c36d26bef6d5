/** Placeholder until the component lands. */
export function ChartPanel() {
  return (
    <section className="panel" style={{ height: '100%', padding: 12 }}>
      <h2 className="panel__title">ChartPanel</h2>
    </section>
  );
}
