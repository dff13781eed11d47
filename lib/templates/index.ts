export * from './catalogue';
export * from './errors';
export * from './escape';
export * from './render';
export * from './xml';
export * from './sample';
