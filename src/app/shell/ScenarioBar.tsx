export function ScenarioBar() {
  return (
    <section className="scenario-bar" aria-label="Scenario" data-testid="scenario-picker">
      <label className="field">
        <span className="field-label">Scenario</span>
        <select disabled aria-describedby="scenario-hint">
          <option>No incidents loaded yet</option>
        </select>
      </label>
      <p id="scenario-hint" className="hint">Incidents replay here once the engine&apos;s catalog is loaded.</p>
    </section>
  );
}
