// Input schemas of the support desk's mail procedures; the web's forms check with the same ones.
export {};
