/** Keeps one panel's failure from blanking the page: the panel says what went wrong instead. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="banner banner-error" role="alert">
          The {this.props.name} panel could not be drawn: {this.state.error.message}
        </div>
      );
    }
    return this.props.children;
  }
}
