// @ts-check
/**
 * Shared CSS for Scrim's shadow trees: colours for light and dark schemes,
 * severity colours, buttons, focus rings. Used by every dom/ module.
 */

export const BASE_CSS = `
:host { color-scheme: light dark; }
* { box-sizing: border-box; }
.scrim-ui {
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --border: #d0d7de; --accent: #0b57d0;
  --high: #d1242f; --medium: #bc4c00; --low: #8250df; --ok: #1a7f37; --shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 8px; box-shadow: var(--shadow);
}
@media (prefers-color-scheme: dark) {
  .scrim-ui {
    --bg: #1f2329; --fg: #e6edf3; --muted: #9da7b3; --border: #3d444d; --accent: #7cacf8;
    --high: #ff7b72; --medium: #f0883e; --low: #c297ff; --ok: #56d364; --shadow: 0 6px 24px rgba(0,0,0,.5);
  }
}
button {
  font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--border); border-radius: 6px;
  padding: 4px 10px; cursor: pointer;
}
button:hover { background: color-mix(in srgb, var(--fg) 8%, transparent); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); }
.sev-high { color: var(--high); } .sev-medium { color: var(--medium); } .sev-low { color: var(--low); }
.muted { color: var(--muted); }
kbd { font: inherit; text-decoration: underline; }
`;

/** Underline colours by severity, for the textarea overlay (both schemes readable). */
export const SEVERITY_COLOURS = { high: '#e5484d', medium: '#f08c00', low: '#8e4ec6' };
