/** The workers' URLs, from the build plugin in src/worker-chunk.ts. */
declare module 'virtual:engine-worker' {
  const url: string;
  export default url;
}
declare module 'virtual:lab-worker' {
  const url: string;
  export default url;
}
