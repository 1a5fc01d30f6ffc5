import { Alert } from '@mantine/core';
import { Component, type ReactNode } from 'react';

/**
 * Keeps a failing map (its chunk could not load offline, or the browser has no WebGL) from
 * taking the page with it: the rest of the page holds the same information.
 */
export class MapBoundary extends Component<
  { children: ReactNode; fallback: string },
  { hasFailed: boolean }
> {
  override state = { hasFailed: false };

  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  override render() {
    return this.state.hasFailed ? (
      <Alert color="gray" variant="light">
        {this.props.fallback}
      </Alert>
    ) : (
      this.props.children
    );
  }
}
