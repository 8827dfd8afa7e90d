// The product-profile schemas are declared by the product modules (src/sim/products/); this is the
// one import path the rest of the engine, the UI and the CLI use for them.
export {
  profileSchema, parseProfile, claudeAiSchema, claudeCodeSchema, coworkSchema, devcontainerSchema,
  type ProductProfile, type ProfileParse, type ClaudeAiProfile, type ClaudeCodeProfile, type CoworkProfile,
  type DevcontainerProfile, type ClaudeCodeClientProfile,
} from '../products/schema.ts';
export { modelSchema, networkSchema, inspectionSchema } from '../products/schemaParts.ts';
export { mountSchema } from '../products/cowork/schema.ts';
