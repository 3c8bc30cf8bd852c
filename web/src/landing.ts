/**
 * Whether this page load began on the workbench, where most people land: then its code, figures and chart library are
 * fetched before the shell has drawn (main.tsx, as the session answers; App.tsx again once the shell runs).
 */
export const landingOnWorkbench = ['/', '/workbench'].includes(window.location.pathname);
