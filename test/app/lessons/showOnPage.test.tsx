// "Show me" in lesson text: the button opens the pane's tab, scrolls it into view and highlights it;
// a target that is not on the page is reported, not thrown.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { RichParagraph } from '../../../src/app/lessons/RichText.tsx';
import { showOnPage } from '../../../src/app/lessons/showOnPage.ts';
import { show } from '../../../src/lessons/text.ts';

function pane() {
  const clicked = vi.fn();
  render(
    <section data-testid="pane-claude-code">
      <div className="tabs"><button type="button" data-testid="pane-claude-code-tab-approvals" onClick={clicked}>Prompts</button></div>
    </section>,
  );
  return clicked;
}

describe('show me', () => {
  it('opens the named tab and highlights it', () => {
    const clicked = pane();
    render(<RichParagraph paragraph={['Look at ', show('the prompts', 'claude-code', 'approvals'), '.']} />);
    fireEvent.click(screen.getByTestId('show-claude-code-approvals'));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.tabs')?.classList.contains('spotlight')).toBe(true);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('pane-claude-code-tab-approvals');
  });

  it('reports a pane that is not on the page', () => {
    expect(showOnPage({ product: 'cowork', spot: 'network' })).toBe(false);
  });
});
