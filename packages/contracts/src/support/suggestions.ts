// Input schemas of the support desk's suggestions procedures; the web's forms check with the same ones.
export {};
