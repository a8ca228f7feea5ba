import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The Outlook-like page of bench/content-outlook.ts: bench/outlook-like/ bundled at bench time
 * into one minified script with Preact's production build (esbuild, which vite and tsx install),
 * inlined into a page shaped like Outlook's (<body role=application>, #app). The stylesheet gives
 * the list, the pane and the chrome Outlook's proportions, so style and layout have real work.
 */

const ENTRY = fileURLToPath(new URL('./outlook-like/main.tsx', import.meta.url));

const STYLE = `
  :root { --colorNeutralBackground1: #ffffff; --colorNeutralBackground2: #fafafa; --colorNeutralForeground1: #242424;
    --colorNeutralForeground3: #616161; --colorBrandBackground: #0f6cbd; --colorBrandBackground2: #ebf3fc; --colorNeutralStroke2: #e0e0e0; }
  html, body { margin: 0; height: 100%; overflow: hidden; }
  body { font-family: "Segoe UI", "Noto Sans CJK JP", sans-serif; font-size: 14px; background: var(--colorNeutralBackground2); color: var(--colorNeutralForeground1); }
  button { font: inherit; background: none; border: 0; padding: 4px; color: inherit; }
  [data-icon-name] { display: inline-block; width: 16px; height: 16px; }
  #o365header { display: flex; align-items: center; height: 48px; background: var(--colorBrandBackground); color: #fff; padding: 0 12px; gap: 12px; }
  #o365header [role="search"] { flex: 1; display: flex; justify-content: center; }
  #o365header input { width: 460px; height: 30px; border-radius: 4px; border: 0; padding: 0 8px; }
  [aria-label="Ribbon"] { background: #fff; border-bottom: 1px solid var(--colorNeutralStroke2); padding: 0 8px; }
  [aria-label="Ribbon"] [role="toolbar"] { display: flex; flex-wrap: nowrap; overflow: hidden; height: 40px; align-items: center; gap: 2px; }
  [aria-label="Ribbon"] .ms-Button-flexContainer { display: flex; gap: 4px; align-items: center; white-space: nowrap; }
  #MainModule { display: flex; height: calc(100vh - 48px - 73px); }
  [role="navigation"] { width: 200px; flex: none; overflow: auto; padding: 8px 0; }
  [role="treeitem"] { display: flex; align-items: center; gap: 8px; padding: 6px 16px; white-space: nowrap; }
  [role="treeitem"][aria-selected="true"] { background: var(--colorBrandBackground2); font-weight: 600; }
  [role="treeitem"] span[aria-label$="unread"] { margin-left: auto; color: var(--colorBrandBackground); font-weight: 600; }
  [data-app-section="MessageList"] { width: 380px; flex: none; background: #fff; border-right: 1px solid var(--colorNeutralStroke2); display: flex; flex-direction: column; }
  [data-app-section="MessageList"] > [role="heading"] { display: flex; justify-content: space-between; padding: 10px 16px; font-size: 16px; font-weight: 600; }
  #MailList { flex: none; }
  .EeHm8 { height: 100%; }
  [role="option"] { height: 100%; box-sizing: border-box; padding: 6px 12px 6px 8px; border-bottom: 1px solid var(--colorNeutralStroke2); overflow: hidden; white-space: nowrap; cursor: pointer; }
  [role="option"].Tq9Hov { background: #f5f5f5; }
  [role="option"].Hq1Sel { background: #cfe4fa; }
  [role="option"] [role="group"] { display: flex; position: relative; }
  [role="option"] [role="group"] > div:first-child { display: flex; flex: 1; min-width: 0; }
  [role="option"] .X1bN0 { width: 4px; }
  [role="option"].xKz3Unread .X1bN0 button { background: var(--colorBrandBackground); width: 3px; height: 48px; padding: 0; }
  [role="option"] .LJ0sQ { flex: 1; min-width: 0; }
  [role="option"] .XG5jD.hQj7T { display: grid; grid-template-columns: 40px 1fr auto; grid-template-rows: 18px 34px; line-height: 17px; }
  [role="option"] [role="checkbox"] { grid-row: 1 / span 2; }
  [role="option"] [role="checkbox"] .ms-Checkbox { display: none; }
  [role="option"].Tq9Hov [role="checkbox"] .ms-Checkbox, [role="option"].Hq1Sel [role="checkbox"] .ms-Checkbox { display: block; }
  [role="option"].Tq9Hov [role="checkbox"] .fui-Avatar, [role="option"].Hq1Sel [role="checkbox"] .fui-Avatar { display: none; }
  .fui-Avatar { display: inline-flex; width: 32px; height: 32px; border-radius: 50%; background: #c7e0f4; align-items: center; justify-content: center; font-size: 12px; }
  [role="option"] .mn28D { display: contents; }
  [role="option"] .dTBo0, [role="option"] .WP8uQ { display: contents; }
  [role="option"] .ovvVr { grid-column: 2 / span 2; grid-row: 2; overflow: hidden; }
  [role="option"] span[title=""] { font-weight: 400; }
  [role="option"].xKz3Unread span[title=""] { font-weight: 600; color: var(--colorBrandBackground); }
  [role="option"] .FqgPq { color: var(--colorNeutralForeground3); }
  [role="option"] .lulAg { grid-column: 3; grid-row: 1; font-size: 12px; color: var(--colorNeutralForeground3); }
  [role="option"] .UWvIR { display: none; }
  [role="option"].Tq9Hov .UWvIR { display: block; position: absolute; right: 0; top: 0; background: #f5f5f5; }
  [role="option"] .gReZq { position: absolute; right: 0; bottom: 0; display: flex; background: #f5f5f5; }
  [role="option"] .gReZq svg { width: 20px; height: 20px; }
  [role="option"] .DOWm0, [role="option"] .yg0L0, [role="option"] .Zgp3K { overflow: hidden; text-overflow: ellipsis; }
  .Kq2Hd { height: 100%; display: flex; align-items: flex-end; padding: 0 12px 4px; font-weight: 600; font-size: 12px; }
  [role="main"] { flex: 1; min-width: 0; overflow: auto; background: #fff; margin: 8px; border-radius: 4px; }
  #ReadingPaneContainerId { height: 100%; }
  [role="heading"][aria-level="2"] span[title] { font-size: 20px; font-weight: 600; }
  #ItemReadingPaneContainer { padding: 16px 20px; }
  [data-app-section="ItemContainer"] .DgV2h { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
  [role="toolbar"].ms-OverflowSet { display: flex; margin-left: auto; }
  [role="toolbar"] .ms-Button-flexContainer { display: flex; align-items: center; gap: 4px; }
  [role="document"] { margin-top: 16px; line-height: 1.45; }
  [role="document"] pre { white-space: pre-wrap; font-size: 12px; color: var(--colorNeutralForeground3); }
  [role="document"] table { border-collapse: collapse; }
  .x_hops td, .x_hops th { border: 1px solid var(--colorNeutralStroke2); padding: 2px 6px; font-size: 12px; }
  .Zq8Em { display: flex; flex-direction: column; align-items: center; justify-content: center; height: 100%; color: var(--colorNeutralForeground3); }
`;

/**
 * `countWith`: observer options for the page's record counter (bench/outlook-like/probe.ts),
 * for the one counting session; measured sessions get a page without it.
 */
export async function outlookLikePage(countWith: MutationObserverInit | null = null): Promise<{ html: string; scriptBytes: number }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'error',
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Mail - Hanako Osaka - Outlook</title><style>${STYLE}</style></head>
<body role="application"><div id="app"></div>${countWith ? `<script>window.__BENCH_COUNT__ = ${JSON.stringify(countWith)};</script>` : ''}<script>${script}</script></body>
</html>`;
  return { html, scriptBytes: script.length };
}
