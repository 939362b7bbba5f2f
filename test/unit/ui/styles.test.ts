import { describe, expect, it } from 'vitest';
import { UI_CSS, shadowCss } from '../../../src/ui/styles';

describe('shadowCss', () => {
  it('turns every rem into pixels of the reader default size, leaving other units alone', () => {
    const css = shadowCss(20);
    expect(css).not.toMatch(/\drem\b/);
    expect(css).toContain('font: 17.5px/1.45'); // 0.875rem of 20 px
    expect(css).toContain('70vh');
    expect(css.length).toBeGreaterThan(UI_CSS.length * 0.9);
  });

  it('falls back to 16 px when the size cannot be read', () => {
    expect(shadowCss(Number.NaN)).toContain('font: 14px/1.45');
    expect(shadowCss(0)).toContain('font: 14px/1.45');
  });
});
