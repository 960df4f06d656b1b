// Printed at the end of `npm start`: how to look at what was just ingested.
console.log("\nExplore it in the browser: npx dyad serve   (then open http://127.0.0.1:8080/)");
