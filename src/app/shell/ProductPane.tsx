import type { ProductInfo } from '../productInfo.ts';

export function ProductPane({ product }: { product: ProductInfo }) {
  const headingId = `pane-title-${product.id}`;
  return (
    <section className="pane" data-testid={`pane-${product.id}`} aria-labelledby={headingId}>
      <header className="pane-header">
        <h2 id={headingId}>{product.name}</h2>
        <span className="pane-pattern">{product.pattern}</span>
      </header>
      <p className="pane-summary">{product.summary}</p>
      <div className="pane-body pane-empty">
        <p>Pick a scenario to watch the agent act inside this product&apos;s containment.</p>
      </div>
    </section>
  );
}
