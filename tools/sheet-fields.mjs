// The fact sheet's objects and their fields, read from its JSON Schema
// (schema/notice.schema.json): what the parser checks keys against and the form reads and
// fills. tools/gen-sheet-fields.mjs writes it out for the core and the page;
// tests/schema/sheet-agreement.test.mjs checks the model and the form against it.
//
//   import { sheetObjects } from './tools/sheet-fields.mjs';
//   sheetObjects(schema) → Map name → [{key, type, object?, values?, minimum?, maximum?}, …]
//
// A field's type is one of: text (a localized text, $defs/text), texts, string, strings, choice
// (an enum), boolean, integer, number, time ($defs/local_time), object, objects, texts_or_objects
// (audience.roles: each a text or a role object). `object` names the object (or the items'
// object) a field holds: a $defs entry by its name, an inline object by its key, an inline
// array item by its key without the plural "s" (contacts → contact).

const DEFINITION = '#/$defs/';

function definition(schema, ref) {
  if (!ref.startsWith(DEFINITION)) throw new Error(`unsupported $ref ${ref}`);
  const name = ref.slice(DEFINITION.length);
  const node = schema.$defs?.[name];
  if (!node) throw new Error(`$ref to a missing definition: ${ref}`);
  return { name, node };
}

export function sheetObjects(schema) {
  const objects = new Map();

  // Adds the object at `node` (its properties) under `name`; the same definition reached twice
  // (windows and change.original_windows) is one object.
  function addObject(name, node) {
    if (objects.has(name)) {
      if (objects.get(name).node !== node) throw new Error(`two objects named ${name}`);
      return;
    }
    const entry = { node, fields: [] };
    objects.set(name, entry);
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      entry.fields.push({ key, ...classify(property, key) });
    }
  }

  // The field type of a schema node, adding any object it holds.
  function classify(node, key) {
    if (node.$ref) {
      const { name, node: target } = definition(schema, node.$ref);
      if (name === 'text') return { type: 'text' };
      if (name === 'texts') return { type: 'texts' };
      if (name === 'local_time') return { type: 'time' };
      if (target.properties) {
        addObject(name, target);
        return { type: 'object', object: name };
      }
      return classify(target, key);
    }
    if (node.oneOf) {
      const kinds = node.oneOf.filter((alternative) => alternative.type !== 'null');
      if (kinds.length === 1) return { ...classify(kinds[0], key), nullable: true };
      const types = kinds.map((alternative) => classify(alternative, key));
      const text = types.find((t) => t.type === 'text');
      const object = types.find((t) => t.type === 'object');
      if (types.length === 2 && text && object) return { type: 'text_or_object', object: object.object };
      throw new Error(`${key}: unsupported oneOf`);
    }
    if ('const' in node) return { type: 'string', values: [node.const] };
    if (node.enum) return { type: 'choice', values: node.enum };
    const bounds = {};
    if (node.minimum !== undefined) bounds.minimum = node.minimum;
    if (node.maximum !== undefined) bounds.maximum = node.maximum;
    switch (node.type) {
      case 'string': return { type: 'string' };
      case 'boolean': return { type: 'boolean' };
      case 'integer': return { type: 'integer', ...bounds };
      case 'number': return { type: 'number', ...bounds };
      case 'object':
        if (!node.properties) throw new Error(`${key}: an object without properties`);
        addObject(key, node);
        return { type: 'object', object: key };
      case 'array': {
        const items = node.items ?? {};
        // An inline item object is named by its key in the singular.
        const item = items.properties ? classifyItem(items, key.replace(/s$/, '')) : classify(items, key);
        if (item.type === 'text') return { type: 'texts' };
        if (item.type === 'string' || item.type === 'choice') return { type: 'strings', ...(item.values && { values: item.values }) };
        if (item.type === 'object') return { type: 'objects', object: item.object };
        if (item.type === 'text_or_object') return { type: 'texts_or_objects', object: item.object };
        throw new Error(`${key}: unsupported array items`);
      }
      default:
        throw new Error(`${key}: unsupported schema node ${JSON.stringify(node)}`);
    }
  }

  function classifyItem(items, name) {
    addObject(name, items);
    return { type: 'object', object: name };
  }

  addObject('sheet', schema);
  return new Map([...objects].map(([name, { fields }]) => [name, fields]));
}
