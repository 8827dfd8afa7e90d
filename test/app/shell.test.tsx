import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ProductPane } from '../../src/app/shell/ProductPane.tsx';
import { Header } from '../../src/app/shell/Header.tsx';
import { PRODUCTS } from '../../src/app/productInfo.ts';
import { useAppStore } from '../../src/app/store/index.ts';
import { act } from 'react';

describe('shell components', () => {
  it('gives every product pane its stable test id and an accessible name', () => {
    for (const product of PRODUCTS) {
      render(<ProductPane product={product} />);
      const pane = screen.getByTestId(`pane-${product.id}`);
      expect(pane.getAttribute('aria-labelledby')).toBe(`pane-title-${product.id}`);
      expect(screen.getByRole('region', { name: product.name })).toBe(pane);
    }
  });

  it('shows the engine status from the store, including a failure with its reason', () => {
    render(<Header />);
    expect(screen.getByTestId('engine-status').textContent).toMatch(/Starting/);
    act(() => useAppStore.getState().setEngineStatus({ state: 'failed', reason: 'worker script 404' }));
    expect(screen.getByTestId('engine-status').textContent).toContain('worker script 404');
    act(() => useAppStore.getState().setEngineStatus({ state: 'ready', hello: { engineVersion: 7, runtime: 'worker' } }));
    expect(screen.getByTestId('engine-status').textContent).toBe('Engine v7 in Web Worker');
  });
});
