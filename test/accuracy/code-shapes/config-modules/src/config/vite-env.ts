interface ImportMetaEnv { readonly VITE_MAP_API?: string }
interface ImportMeta { readonly env: ImportMetaEnv }

export const MAP_API = import.meta.env.VITE_MAP_API ?? "https://maps.example-motors.de";
