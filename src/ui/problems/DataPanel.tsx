/** Placeholder until the component lands. */
export function DataPanel() {
  return <div style={{ padding: 12 }}>Data</div>;
}
