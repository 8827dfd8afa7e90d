export function LessonSidebar() {
  return (
    <aside className="lesson-sidebar" aria-label="Lessons" data-testid="lesson-sidebar">
      <h2>Lessons</h2>
      <p className="hint">The curriculum appears here: each lesson sets a goal you reach by changing the controls.</p>
    </aside>
  );
}
