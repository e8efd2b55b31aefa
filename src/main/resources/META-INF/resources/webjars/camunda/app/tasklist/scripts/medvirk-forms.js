// Camunda Forms (form-js) in Tasklist 7.24 has its own English texts and no way to translate them.
// This module, loaded through config.js customScripts, puts the Norwegian words in as forms render.
const TEXTS = [
  [/^Field is required\.$/, () => 'Feltet må fylles ut.'],
  [/^Field must match pattern .*\.$/, () => 'Verdien har ikke riktig form.'],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Feltet kan ha høyst ${m[1]} tegn.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Feltet må ha minst ${m[1]} tegn.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Verdien kan være høyst ${m[1]}.`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Verdien må være minst ${m[1]}.`],
  [/^Field must be a valid email\.$/, () => 'Skriv en gyldig e-postadresse.'],
  [/^Field must be a valid\s+international phone number\..*$/, () => 'Skriv et gyldig telefonnummer.'],
  [/^Value is not a number\.$/, () => 'Verdien er ikke et tall.'],
  [/^No options available$/, () => 'Ingen valg'],
  [/^Select$/, () => 'Velg'],
  [/^Search$/, () => 'Søk'],
];
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, norwegian] of TEXTS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, norwegian(match));
    }
  }
  return null;
}

function visit(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const norwegian = translate(node.nodeValue);
    if (norwegian !== null) {
      node.nodeValue = norwegian;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const attribute of ATTRIBUTES) {
    const value = node.getAttribute(attribute);
    const norwegian = value && translate(value);
    if (norwegian) {
      node.setAttribute(attribute, norwegian);
    }
  }
  node.childNodes.forEach(visit);
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      visit(mutation.target);
    } else if (mutation.type === 'attributes') {
      visit(mutation.target);
    } else {
      mutation.addedNodes.forEach(visit);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ATTRIBUTES });
