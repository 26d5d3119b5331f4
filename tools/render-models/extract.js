// Reads the DOM dumped by Chromium and prints the SVG that the page put into <pre id="out">.
let html = '';
process.stdin.on('data', (d) => { html += d; });
process.stdin.on('end', () => {
  const match = html.match(/<pre id="out">([\s\S]*?)<\/pre>/);
  if (!match || !match[1].includes('&lt;svg')) {
    console.error('no SVG rendered: ' + (match ? match[1].slice(0, 300) : 'page did not run'));
    process.exit(1);
  }
  const svg = match[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  process.stdout.write(svg + '\n');
});
