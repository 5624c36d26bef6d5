/** Transport icons of the timeline (16 px, filled in the text colour). */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export function PlayIcon() {
  return (
    <Icon>
      <path d="M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.2-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5z" />
    </Icon>
  );
}

export function PauseIcon() {
  return (
    <Icon>
      <rect x="3.5" y="2.5" width="3.2" height="11" rx="0.8" />
      <rect x="9.3" y="2.5" width="3.2" height="11" rx="0.8" />
    </Icon>
  );
}

export function StepBackIcon() {
  return (
    <Icon>
      <rect x="3" y="3" width="2" height="10" rx="0.6" />
      <path d="M13 3.6v8.8a.6.6 0 0 1-.9.5L6.2 8.5a.6.6 0 0 1 0-1l5.9-4.4a.6.6 0 0 1 .9.5z" />
    </Icon>
  );
}

export function StepForwardIcon() {
  return (
    <Icon>
      <rect x="11" y="3" width="2" height="10" rx="0.6" />
      <path d="M3 3.6v8.8a.6.6 0 0 0 .9.5l5.9-4.4a.6.6 0 0 0 0-1L3.9 3.1a.6.6 0 0 0-.9.5z" />
    </Icon>
  );
}

export function JumpStartIcon() {
  return (
    <Icon>
      <rect x="1.8" y="3" width="2" height="10" rx="0.6" />
      <path d="M9 3.6v8.8a.6.6 0 0 1-.9.5L3.9 8.5a.6.6 0 0 1 0-1l4.2-4.4a.6.6 0 0 1 .9.5z" />
      <path d="M14.5 3.6v8.8a.6.6 0 0 1-.9.5L9.4 8.5a.6.6 0 0 1 0-1l4.2-4.4a.6.6 0 0 1 .9.5z" />
    </Icon>
  );
}

export function JumpEndIcon() {
  return (
    <Icon>
      <rect x="12.2" y="3" width="2" height="10" rx="0.6" />
      <path d="M7 3.6v8.8a.6.6 0 0 0 .9.5l4.2-4.4a.6.6 0 0 0 0-1L7.9 3.1a.6.6 0 0 0-.9.5z" />
      <path d="M1.5 3.6v8.8a.6.6 0 0 0 .9.5l4.2-4.4a.6.6 0 0 0 0-1L2.4 3.1a.6.6 0 0 0-.9.5z" />
    </Icon>
  );
}
