// opencc-js ships its dictionaries as modules without types: each is one string of "A B|C D" entries.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
