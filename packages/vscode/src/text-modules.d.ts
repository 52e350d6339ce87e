// Files the build bundles in as text (esbuild's `text` loader; see esbuild.mjs).
declare module '*.yml' {
    const text: string;
    export default text;
}
