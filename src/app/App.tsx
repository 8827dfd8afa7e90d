export function App() {
  return <main><h1>Containment Lab</h1></main>;
}
