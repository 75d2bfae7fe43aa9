// Input schemas of the support desk's third-parties procedures; the web's forms check with the same ones.
export {};
