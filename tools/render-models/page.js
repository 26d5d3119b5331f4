// Writes an HTML page that renders one model with bpmn-js or dmn-js.
const fs = require('fs');
const [kind, modelPath, modules] = process.argv.slice(2);
const xml = JSON.stringify(fs.readFileSync(modelPath, 'utf8'));
if (kind === 'bpmn') {
  process.stdout.write(`<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${modules}/bpmn-js/dist/assets/bpmn-js.css">
<script src="file://${modules}/bpmn-js/dist/bpmn-viewer.production.min.js"></script></head>
<body><div id="canvas" style="width:3000px;height:1200px"></div><pre id="out"></pre>
<script>
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(${xml})
  .then(() => viewer.saveSVG())
  .then(({ svg }) => { document.getElementById('out').textContent = svg; })
  .catch((e) => { document.getElementById('out').textContent = 'ERROR ' + e; });
</script></body></html>`);
} else {
  process.stdout.write(`<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${modules}/dmn-js/dist/assets/dmn-js-shared.css">
<link rel="stylesheet" href="file://${modules}/dmn-js/dist/assets/dmn-js-decision-table.css">
<link rel="stylesheet" href="file://${modules}/dmn-js/dist/assets/dmn-font/css/dmn.css">
<style>body{font-family:sans-serif;margin:16px;background:#fff}</style>
<script src="file://${modules}/dmn-js/dist/dmn-viewer.production.min.js"></script></head>
<body><div id="canvas"></div>
<script>
const viewer = new DmnJS({ container: '#canvas' });
viewer.importXML(${xml}).then(() => {
  const table = viewer.getViews().find((v) => v.type === 'decisionTable');
  if (table) { viewer.open(table); }
});
</script></body></html>`);
}
