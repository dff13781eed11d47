export * from './placeholders';
export * from './issues';
export * from './escape';
export * from './parse';
export * from './render';
export * from './xml';
export * from './sample';
export * from './explain';
