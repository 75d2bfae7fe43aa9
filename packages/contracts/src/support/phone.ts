// Input schemas of the support desk's phone procedures; the web's forms check with the same ones.
export {};
