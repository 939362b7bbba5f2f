// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceLink, ReportReason } from '../../../src/core/types';
import { EvidenceList } from '../../../src/ui/EvidenceList';

const hostile: EvidenceLink = {
  url: 'javascript:alert(document.cookie)',
  outlet: '<img src=x onerror=alert(1)>',
  stance: 'denies',
  score: 0.9,
  sentence: 'Пекін <script>alert(1)</script> \u202Eзаперечує\u202C <b>усе</b>',
  speaker: '"><svg onload=alert(1)>',
  origin: 'x',
  title: '<a href="javascript:alert(1)">клікни</a>',
};
const normal: EvidenceLink = {
  url: 'https://www.pravda.com.ua/news/2026/05/21/7001/',
  outlet: 'pravda.com.ua',
  published: '2026-05-21T10:00:00+03:00',
  stance: 'corroborates',
  score: 0.8,
  sentence: 'Reuters повідомило про підготовку 200 російських військових.',
  origin: 'reuters',
};

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

describe('EvidenceList', () => {
  it('renders hostile evidence text as inert text: no elements, no script URLs, no bidi overrides', () => {
    render(<EvidenceList links={[hostile, normal]} />, root);
    expect(root.querySelector('script, img, svg, b')).toBeNull();
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.pravda.com.ua/news/2026/05/21/7001/#:~:text=' +
        encodeURIComponent('Reuters повідомило про підготовку 200 російських військових.'),
    ]);
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('groups denials before corroborations', () => {
    render(<EvidenceList links={[normal, hostile]} />, root);
    const groups = [...root.querySelectorAll('section')].map((s) => s.querySelector('h3')!.textContent);
    expect(groups).toEqual(['groupDenies', 'groupCorroborates']);
  });

  it('folds outlets repeating one origin under its earliest report, and shows a timeline', () => {
    const repeat = (outlet: string, day: number): EvidenceLink => ({
      ...normal,
      url: `https://${outlet}/a-${day}`,
      outlet,
      published: `2026-05-${day}T10:00:00+03:00`,
      originName: 'Reuters',
    });
    const links = [repeat('nv.ua', 20), repeat('www.reuters.com', 18), repeat('tsn.ua', 19), hostile];
    render(<EvidenceList links={links} />, root);
    const corroborations = root.querySelectorAll('section')[1]!;
    const items = [...corroborations.querySelectorAll(':scope > ul > .zv-evidence')];
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toMatch(/^https:\/\/www\.reuters\.com\/a-18#/);
    expect(corroborations.querySelector('summary')!.textContent).toBe('originRepeated');
    expect(corroborations.querySelectorAll('details .zv-evidence')).toHaveLength(2);
    expect(root.querySelectorAll('.zv-timeline time')).toHaveLength(3);
  });

  it('files a mismatch report in two clicks, and can undo it', async () => {
    const calls: string[] = [];
    const reportFor = (link: EvidenceLink) => ({
      report: async (reason: ReportReason) => (calls.push(`report ${link.url} ${reason}`), 'r1'),
      comment: async (id: string, text: string) => void calls.push(`comment ${id} ${text}`),
      undo: async (id: string) => void calls.push(`undo ${id}`),
    });
    render(<EvidenceList links={[normal]} reportFor={reportFor} />, root);
    await act(async () => (root.querySelector('.zv-report-open') as HTMLButtonElement).click());
    await act(async () => (root.querySelector('[data-reason="wrong-stance-denies"]') as HTMLButtonElement).click());
    expect(calls).toEqual([`report ${normal.url} wrong-stance-denies`]);
    expect(root.querySelector('[role="status"]')).not.toBeNull();
    await act(async () => (root.querySelector('.zv-report-done .zv-link') as HTMLButtonElement).click());
    expect(calls.at(-1)).toBe('undo r1');
    expect(root.querySelector('.zv-report-open')).not.toBeNull();
  });
});
