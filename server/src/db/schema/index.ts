export * from './institution';
export * from './people';
export * from './auth';
export * from './audit';
export * from './calendar';
export * from './duties';
export * from './talks';
export * from './notifications';
