/** The DEMO DATA label every view with simulated runs carries. */

/** The label; nothing when the data is real. */
export function DemoLabel({ demo }: { demo: boolean }) {
  return demo ? <span className="demo-label">DEMO DATA — simulated runs</span> : null;
}
