// opencc-js ships types for its entry points but not for the per-dictionary modules that
// search imports one by one (to keep the lazily loaded converter small).
declare module 'opencc-js/dict/*' {
  /** A dictionary: "from to|from to|…". */
  const dict: string;
  export default dict;
}
