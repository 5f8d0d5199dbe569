export const TAG = 'Neighbourhood budget';
