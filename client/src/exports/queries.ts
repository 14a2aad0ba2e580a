import { graphql } from '../api/generated';

// The documents of 导出: export a numbered workbook, and the export register.
// `npm run codegen -w client` types every document of src/ into api/generated.

export const ExportWorkbookMutation = graphql(`
  mutation ExportQuarterlyWorkbook($input: ExportQuarterlyWorkbookInput!) {
    exportQuarterlyWorkbook(input: $input) {
      downloadUrl
      workbook { id number }
      userErrors { field code message messageKey args { name value } }
    }
  }
`);

export const ExportRegisterQuery = graphql(`
  query ExportRegister($projectId: ID, $period: String) {
    exportRegister(projectId: $projectId, period: $period, first: 200) {
      totalCount
      edges { node { id period sequence number archived exportedAt byteSize sha256 downloadUrl exportedBy { displayName } rowCounts { sheet rows } } }
    }
  }
`);
