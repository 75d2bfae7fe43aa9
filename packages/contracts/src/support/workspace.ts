// Input schemas of the support desk's workspace procedures; the web's forms check with the same ones.
export {};
