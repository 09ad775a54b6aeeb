/** Catches render errors so a failure shows a message instead of a blank window. */
import { Component, type ErrorInfo, type ReactNode } from "react";

interface State {
  error: Error | undefined;
}

/** Shows what went wrong and offers to reload the page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  /** React's hook for turning a thrown error into state. */
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The devtools console is where a user or a test trace will look for the component stack.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="content">
        <section className="problems" role="alert">
          <h2>On-Call Desk hit an error</h2>
          <p className="muted">{this.state.error.message}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the window
          </button>
        </section>
      </div>
    );
  }
}
