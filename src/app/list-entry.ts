// What `interdict list` needs of the app layer: the UN list read and described, two lists compared.
export { listInfo, loadUnList, type ListInfo, type UnList } from '../screening/un-list/index.ts';
export { diffLists, isEmptyDiff, type FieldChange, type ListDiff } from '../screening/list-diff.ts';
