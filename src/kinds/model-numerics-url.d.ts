/** The URL of the models' numerics chunk, from the build plugin in src/worker-chunk.ts. */
declare module 'virtual:model-numerics' {
  const url: string;
  export default url;
}
