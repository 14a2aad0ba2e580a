import { graphql } from '../api/generated';

// 导入历史台账: the staged upload's preview, the mapping, the write.

export const LedgerImportQuery = graphql(`
  query LedgerImport($id: ID!, $statuses: [ImportRowStatus!]) {
    ledgerImport(id: $id) {
      id kind fileName rowsTotal state importedRows errorReportUrl mappingProblems
      mapping { column header field }
      columns { field label help }
      counts { valid invalid duplicate alreadyImported written }
      rows(statuses: $statuses, first: 200) { rowNumber status cells problems { column field code message messageKey } }
    }
  }
`);

export const SetLedgerImportMappingMutation = graphql(`
  mutation SetLedgerImportMapping($input: SetLedgerImportMappingInput!) {
    setLedgerImportMapping(input: $input) { ledgerImport { id } userErrors { field code message messageKey args { name value } } }
  }
`);

export const CommitLedgerImportMutation = graphql(`
  mutation CommitLedgerImport($input: CommitLedgerImportInput!) {
    commitLedgerImport(input: $input) { written ledgerImport { id state importedRows } userErrors { field code message messageKey args { name value } } }
  }
`);
