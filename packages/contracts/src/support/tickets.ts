// Input schemas of the support desk's tickets procedures; the web's forms check with the same ones.
export {};
