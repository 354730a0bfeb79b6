// Types for jsdom's own encoding sniffer (a dependency of jsdom, without published types).
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
  }
  /** The HTML encoding sniffing algorithm: BOM, transport label, `<meta>` prescan of the first 1024 bytes, default. */
  function sniffHTMLEncoding(bytes: Uint8Array, options?: SniffOptions): string;
  export default sniffHTMLEncoding;
}
