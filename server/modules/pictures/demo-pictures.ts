/** The demo's scenes: simple drawings, enough to show how pictures look on a page. */
export const DEMO_SCENES = ['garden', 'street', 'park', 'playground'] as const;
export type DemoScene = (typeof DEMO_SCENES)[number];

export function demoRecipe(scene: DemoScene, hue: number): string {
  return JSON.stringify({ scene, hue: Math.round(hue) % 360 });
}

function parseRecipe(recipe: string): { scene: DemoScene; hue: number } {
  const value = JSON.parse(recipe) as { scene?: unknown; hue?: unknown };
  const scene = DEMO_SCENES.find((s) => s === value.scene) ?? 'garden';
  return { scene, hue: typeof value.hue === 'number' ? value.hue : 120 };
}

const SHAPES: Record<DemoScene, (hue: number) => string> = {
  garden: (hue) =>
    Array.from({ length: 6 }, (_, i) => {
      const x = 120 + i * 170;
      return `<rect x="${x}" y="520" width="120" height="200" rx="12" fill="hsl(${(hue + 20) % 360} 45% 35%)"/>
        <circle cx="${x + 60}" cy="500" r="55" fill="hsl(${(hue + i * 25) % 360} 60% 50%)"/>`;
    }).join(''),
  street: (hue) =>
    Array.from({ length: 5 }, (_, i) => {
      const x = 60 + i * 230;
      const h = 260 + ((i * 53) % 120);
      return `<rect x="${x}" y="${640 - h}" width="190" height="${h}" fill="hsl(${(hue + i * 40) % 360} 35% 55%)"/>
        <polygon points="${x - 10},${640 - h} ${x + 95},${560 - h} ${x + 200},${640 - h}" fill="hsl(10 50% 40%)"/>`;
    }).join(''),
  park: (hue) =>
    Array.from({ length: 7 }, (_, i) => {
      const x = 90 + i * 160;
      return `<rect x="${x + 30}" y="470" width="24" height="170" fill="hsl(30 40% 30%)"/>
        <circle cx="${x + 42}" cy="430" r="${70 + (i % 3) * 15}" fill="hsl(${(hue + i * 12) % 360} 50% 38%)"/>`;
    }).join(''),
  playground: (hue) => `
    <rect x="250" y="380" width="24" height="260" fill="hsl(${hue} 60% 45%)"/>
    <rect x="520" y="380" width="24" height="260" fill="hsl(${hue} 60% 45%)"/>
    <rect x="240" y="370" width="320" height="24" fill="hsl(${hue} 60% 40%)"/>
    <line x1="340" y1="394" x2="340" y2="560" stroke="#333" stroke-width="6"/>
    <line x1="440" y1="394" x2="440" y2="560" stroke="#333" stroke-width="6"/>
    <rect x="320" y="556" width="140" height="16" fill="hsl(${(hue + 180) % 360} 60% 45%)"/>
    <polygon points="700,640 900,420 940,420 940,640" fill="hsl(${(hue + 60) % 360} 65% 50%)"/>`,
};

/**
 * A demo picture as a JPEG, drawn from its recipe (an SVG rendered by sharp): nothing binary in git.
 * sharp loads with the first picture drawn, not at start-up.
 */
export async function renderDemoPicture(recipe: string, title: string): Promise<Buffer> {
  const { scene, hue } = parseRecipe(recipe);
  const escaped = title.replace(/[<>&"]/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
    <title>${escaped}</title>
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${(hue + 190) % 360} 70% 75%)"/><stop offset="1" stop-color="hsl(${(hue + 200) % 360} 60% 92%)"/>
    </linearGradient></defs>
    <rect width="1200" height="800" fill="url(#sky)"/>
    <circle cx="1020" cy="150" r="70" fill="hsl(45 95% 60%)"/>
    <rect y="640" width="1200" height="160" fill="hsl(${(hue + 80) % 360} 40% 45%)"/>
    ${SHAPES[scene](hue)}
  </svg>`;
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
