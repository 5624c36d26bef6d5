/** The engine worker's URL, from the build plugin in src/worker-chunk.ts. */
declare module 'virtual:engine-worker' {
  const url: string;
  export default url;
}
