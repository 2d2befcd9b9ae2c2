// Modules from the press integration (src/press/integration-node.ts).
declare module 'virtual:sentence-menu' {
  const url: string;
  export default url;
}
declare module 'virtual:feedback-target' {
  /** A form URL, or the mail address of problem reports. */
  const target: string;
  export default target;
}
