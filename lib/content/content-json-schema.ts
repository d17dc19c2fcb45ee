// Generated: the JSON Schema of the Stepwise content format (docs/content-format.md), from the
// zod schema in ./format.ts with z.toJSONSchema. Do not edit by hand: regenerate with
//   npm run content:export -- --json-schema lib/content/content-json-schema.ts
// (lib/content/export-bundle.test.ts keeps it in sync). Tools can validate bundles with it.
export const contentJsonSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    format: {
      type: "string",
      const: "stepwise",
    },
    version: {
      type: "number",
      const: 1,
    },
    skills: {
      default: [],
      type: "array",
      items: {
        type: "object",
        properties: {
          key: {
            type: "string",
            minLength: 1,
            maxLength: 120,
            pattern: "^[a-z0-9][a-z0-9._-]*$",
          },
          name: {
            type: "string",
            minLength: 1,
            maxLength: 200,
          },
          description: {
            default: "",
            type: "string",
            maxLength: 2000,
          },
          prerequisites: {
            default: [],
            type: "array",
            items: {
              type: "string",
              minLength: 1,
              maxLength: 120,
              pattern: "^[a-z0-9][a-z0-9._-]*$",
            },
          },
        },
        required: ["key", "name"],
        additionalProperties: false,
      },
    },
    problemSets: {
      default: [],
      type: "array",
      items: {
        type: "object",
        properties: {
          key: {
            type: "string",
            minLength: 1,
            maxLength: 120,
            pattern: "^[a-z0-9][a-z0-9._-]*$",
          },
          title: {
            type: "string",
            minLength: 1,
            maxLength: 300,
          },
          description: {
            default: "",
            type: "string",
            maxLength: 5000,
          },
          published: {
            default: true,
            type: "boolean",
          },
          problems: {
            minItems: 1,
            type: "array",
            items: {
              type: "object",
              properties: {
                key: {
                  type: "string",
                  minLength: 1,
                  maxLength: 120,
                  pattern: "^[a-z0-9][a-z0-9._-]*$",
                },
                title: {
                  type: "string",
                  minLength: 1,
                  maxLength: 300,
                },
                statement: {
                  type: "string",
                  minLength: 1,
                },
                steps: {
                  minItems: 1,
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      prompt: {
                        type: "string",
                        minLength: 1,
                      },
                      answer: {
                        anyOf: [
                          {
                            anyOf: [
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "numeric",
                                  },
                                  value: {
                                    type: "number",
                                  },
                                  tolerance: {
                                    type: "object",
                                    properties: {
                                      abs: {
                                        description: "absolute tolerance, e.g. 0.01",
                                        type: "number",
                                        minimum: 0,
                                      },
                                      rel: {
                                        description: "relative tolerance, e.g. 0.001 = 0.1%",
                                        type: "number",
                                        minimum: 0,
                                      },
                                    },
                                    additionalProperties: false,
                                  },
                                  unit: {
                                    type: "object",
                                    properties: {
                                      name: {
                                        type: "string",
                                        minLength: 1,
                                      },
                                      aliases: {
                                        default: [],
                                        type: "array",
                                        items: {
                                          type: "string",
                                          minLength: 1,
                                        },
                                      },
                                      required: {
                                        default: false,
                                        type: "boolean",
                                      },
                                    },
                                    required: ["name"],
                                    additionalProperties: false,
                                  },
                                  decimals: {
                                    type: "integer",
                                    minimum: 0,
                                    maximum: 12,
                                  },
                                  sigfigs: {
                                    type: "integer",
                                    minimum: 1,
                                    maximum: 15,
                                  },
                                  scientific: {
                                    type: "boolean",
                                  },
                                  acceptFraction: {
                                    type: "boolean",
                                  },
                                },
                                required: ["kind", "value"],
                                additionalProperties: false,
                              },
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "fraction",
                                  },
                                  value: {
                                    type: "string",
                                    pattern: "^-?(\\d+\\s+)?\\d+\\/\\d+$|^-?\\d+$",
                                  },
                                  acceptDecimal: {
                                    default: true,
                                    type: "boolean",
                                  },
                                  requireSimplified: {
                                    default: false,
                                    type: "boolean",
                                  },
                                  unit: {
                                    type: "object",
                                    properties: {
                                      name: {
                                        type: "string",
                                        minLength: 1,
                                      },
                                      aliases: {
                                        default: [],
                                        type: "array",
                                        items: {
                                          type: "string",
                                          minLength: 1,
                                        },
                                      },
                                      required: {
                                        default: false,
                                        type: "boolean",
                                      },
                                    },
                                    required: ["name"],
                                    additionalProperties: false,
                                  },
                                  denominator: {
                                    type: "integer",
                                    minimum: 1,
                                    maximum: 1000000,
                                  },
                                  form: {
                                    type: "string",
                                    enum: ["any", "mixed", "improper"],
                                  },
                                },
                                required: ["kind", "value"],
                                additionalProperties: false,
                              },
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "percentage",
                                  },
                                  value: {
                                    type: "number",
                                  },
                                  tolerance: {
                                    type: "object",
                                    properties: {
                                      abs: {
                                        description: "absolute tolerance, e.g. 0.01",
                                        type: "number",
                                        minimum: 0,
                                      },
                                      rel: {
                                        description: "relative tolerance, e.g. 0.001 = 0.1%",
                                        type: "number",
                                        minimum: 0,
                                      },
                                    },
                                    additionalProperties: false,
                                  },
                                  acceptDecimal: {
                                    default: false,
                                    type: "boolean",
                                  },
                                },
                                required: ["kind", "value"],
                                additionalProperties: false,
                              },
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "expression",
                                  },
                                  value: {
                                    type: "string",
                                    minLength: 1,
                                  },
                                  variables: {
                                    default: ["x"],
                                    type: "array",
                                    items: {
                                      type: "string",
                                      pattern:
                                        "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                    },
                                  },
                                  form: {
                                    default: "any",
                                    type: "string",
                                    enum: ["any", "expanded", "factored"],
                                  },
                                  exact: {
                                    type: "boolean",
                                  },
                                  constant: {
                                    type: "string",
                                    pattern:
                                      "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                  },
                                  complex: {
                                    type: "boolean",
                                  },
                                },
                                required: ["kind", "value"],
                                additionalProperties: false,
                              },
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "equation",
                                  },
                                  value: {
                                    type: "string",
                                    pattern:
                                      "[=<>≤≥⩽⩾]|\\\\(?:le|ge|lt|gt|leq|geq|leqslant|geqslant)(?![a-z])|^\\s*[([].*,.*[)\\]]\\s*$",
                                  },
                                  variables: {
                                    default: ["x"],
                                    type: "array",
                                    items: {
                                      type: "string",
                                      pattern:
                                        "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                    },
                                  },
                                  notation: {
                                    type: "string",
                                    enum: ["any", "interval", "inequality"],
                                  },
                                  form: {
                                    type: "string",
                                    enum: ["any", "step"],
                                  },
                                },
                                required: ["kind", "value"],
                                additionalProperties: false,
                              },
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "choice",
                                  },
                                  options: {
                                    minItems: 2,
                                    type: "array",
                                    items: {
                                      type: "string",
                                      minLength: 1,
                                    },
                                  },
                                  correct: {
                                    type: "integer",
                                    minimum: 0,
                                    maximum: 9007199254740991,
                                  },
                                },
                                required: ["kind", "options", "correct"],
                                additionalProperties: false,
                              },
                              {
                                type: "object",
                                properties: {
                                  kind: {
                                    type: "string",
                                    const: "text",
                                  },
                                  accepted: {
                                    minItems: 1,
                                    type: "array",
                                    items: {
                                      type: "string",
                                      minLength: 1,
                                    },
                                  },
                                  match: {
                                    description:
                                      'how the text is compared: "words" (default: case, punctuation and articles ignored), "code" (symbol for symbol, case-sensitive, spaces outside strings and \' vs " ignored), "chemistry" (formulas, charges and equations; element case counts; species order on a side free)',
                                    type: "string",
                                    enum: ["words", "code", "chemistry"],
                                  },
                                },
                                required: ["kind", "accepted"],
                                additionalProperties: false,
                              },
                            ],
                          },
                          {
                            type: "object",
                            properties: {
                              kind: {
                                type: "string",
                                const: "list",
                              },
                              items: {
                                maxItems: 50,
                                type: "array",
                                items: {
                                  anyOf: [
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "numeric",
                                        },
                                        value: {
                                          type: "number",
                                        },
                                        tolerance: {
                                          type: "object",
                                          properties: {
                                            abs: {
                                              description: "absolute tolerance, e.g. 0.01",
                                              type: "number",
                                              minimum: 0,
                                            },
                                            rel: {
                                              description: "relative tolerance, e.g. 0.001 = 0.1%",
                                              type: "number",
                                              minimum: 0,
                                            },
                                          },
                                          additionalProperties: false,
                                        },
                                        unit: {
                                          type: "object",
                                          properties: {
                                            name: {
                                              type: "string",
                                              minLength: 1,
                                            },
                                            aliases: {
                                              default: [],
                                              type: "array",
                                              items: {
                                                type: "string",
                                                minLength: 1,
                                              },
                                            },
                                            required: {
                                              default: false,
                                              type: "boolean",
                                            },
                                          },
                                          required: ["name"],
                                          additionalProperties: false,
                                        },
                                        decimals: {
                                          type: "integer",
                                          minimum: 0,
                                          maximum: 12,
                                        },
                                        sigfigs: {
                                          type: "integer",
                                          minimum: 1,
                                          maximum: 15,
                                        },
                                        scientific: {
                                          type: "boolean",
                                        },
                                        acceptFraction: {
                                          type: "boolean",
                                        },
                                      },
                                      required: ["kind", "value"],
                                      additionalProperties: false,
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "fraction",
                                        },
                                        value: {
                                          type: "string",
                                          pattern: "^-?(\\d+\\s+)?\\d+\\/\\d+$|^-?\\d+$",
                                        },
                                        acceptDecimal: {
                                          default: true,
                                          type: "boolean",
                                        },
                                        requireSimplified: {
                                          default: false,
                                          type: "boolean",
                                        },
                                        unit: {
                                          type: "object",
                                          properties: {
                                            name: {
                                              type: "string",
                                              minLength: 1,
                                            },
                                            aliases: {
                                              default: [],
                                              type: "array",
                                              items: {
                                                type: "string",
                                                minLength: 1,
                                              },
                                            },
                                            required: {
                                              default: false,
                                              type: "boolean",
                                            },
                                          },
                                          required: ["name"],
                                          additionalProperties: false,
                                        },
                                        denominator: {
                                          type: "integer",
                                          minimum: 1,
                                          maximum: 1000000,
                                        },
                                        form: {
                                          type: "string",
                                          enum: ["any", "mixed", "improper"],
                                        },
                                      },
                                      required: ["kind", "value"],
                                      additionalProperties: false,
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "percentage",
                                        },
                                        value: {
                                          type: "number",
                                        },
                                        tolerance: {
                                          type: "object",
                                          properties: {
                                            abs: {
                                              description: "absolute tolerance, e.g. 0.01",
                                              type: "number",
                                              minimum: 0,
                                            },
                                            rel: {
                                              description: "relative tolerance, e.g. 0.001 = 0.1%",
                                              type: "number",
                                              minimum: 0,
                                            },
                                          },
                                          additionalProperties: false,
                                        },
                                        acceptDecimal: {
                                          default: false,
                                          type: "boolean",
                                        },
                                      },
                                      required: ["kind", "value"],
                                      additionalProperties: false,
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "expression",
                                        },
                                        value: {
                                          type: "string",
                                          minLength: 1,
                                        },
                                        variables: {
                                          default: ["x"],
                                          type: "array",
                                          items: {
                                            type: "string",
                                            pattern:
                                              "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                          },
                                        },
                                        form: {
                                          default: "any",
                                          type: "string",
                                          enum: ["any", "expanded", "factored"],
                                        },
                                        exact: {
                                          type: "boolean",
                                        },
                                        constant: {
                                          type: "string",
                                          pattern:
                                            "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                        },
                                        complex: {
                                          type: "boolean",
                                        },
                                      },
                                      required: ["kind", "value"],
                                      additionalProperties: false,
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "equation",
                                        },
                                        value: {
                                          type: "string",
                                          pattern:
                                            "[=<>≤≥⩽⩾]|\\\\(?:le|ge|lt|gt|leq|geq|leqslant|geqslant)(?![a-z])|^\\s*[([].*,.*[)\\]]\\s*$",
                                        },
                                        variables: {
                                          default: ["x"],
                                          type: "array",
                                          items: {
                                            type: "string",
                                            pattern:
                                              "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                          },
                                        },
                                        notation: {
                                          type: "string",
                                          enum: ["any", "interval", "inequality"],
                                        },
                                        form: {
                                          type: "string",
                                          enum: ["any", "step"],
                                        },
                                      },
                                      required: ["kind", "value"],
                                      additionalProperties: false,
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "choice",
                                        },
                                        options: {
                                          minItems: 2,
                                          type: "array",
                                          items: {
                                            type: "string",
                                            minLength: 1,
                                          },
                                        },
                                        correct: {
                                          type: "integer",
                                          minimum: 0,
                                          maximum: 9007199254740991,
                                        },
                                      },
                                      required: ["kind", "options", "correct"],
                                      additionalProperties: false,
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "text",
                                        },
                                        accepted: {
                                          minItems: 1,
                                          type: "array",
                                          items: {
                                            type: "string",
                                            minLength: 1,
                                          },
                                        },
                                        match: {
                                          description:
                                            'how the text is compared: "words" (default: case, punctuation and articles ignored), "code" (symbol for symbol, case-sensitive, spaces outside strings and \' vs " ignored), "chemistry" (formulas, charges and equations; element case counts; species order on a side free)',
                                          type: "string",
                                          enum: ["words", "code", "chemistry"],
                                        },
                                      },
                                      required: ["kind", "accepted"],
                                      additionalProperties: false,
                                    },
                                  ],
                                },
                              },
                              ordered: {
                                default: false,
                                type: "boolean",
                              },
                              notation: {
                                type: "string",
                                enum: ["set", "point", "matrix"],
                              },
                              columns: {
                                type: "integer",
                                minimum: 1,
                                maximum: 50,
                              },
                            },
                            required: ["kind", "items"],
                            additionalProperties: false,
                          },
                        ],
                      },
                      skills: {
                        minItems: 1,
                        type: "array",
                        items: {
                          type: "string",
                          minLength: 1,
                          maxLength: 120,
                          pattern: "^[a-z0-9][a-z0-9._-]*$",
                        },
                      },
                      hints: {
                        minItems: 1,
                        type: "array",
                        items: {
                          oneOf: [
                            {
                              type: "object",
                              properties: {
                                kind: {
                                  type: "string",
                                  const: "hint",
                                },
                                text: {
                                  type: "string",
                                  minLength: 1,
                                },
                              },
                              required: ["kind", "text"],
                              additionalProperties: false,
                            },
                            {
                              type: "object",
                              properties: {
                                kind: {
                                  type: "string",
                                  const: "scaffold",
                                },
                                text: {
                                  type: "string",
                                  minLength: 1,
                                },
                                answer: {
                                  anyOf: [
                                    {
                                      anyOf: [
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "numeric",
                                            },
                                            value: {
                                              type: "number",
                                            },
                                            tolerance: {
                                              type: "object",
                                              properties: {
                                                abs: {
                                                  description: "absolute tolerance, e.g. 0.01",
                                                  type: "number",
                                                  minimum: 0,
                                                },
                                                rel: {
                                                  description: "relative tolerance, e.g. 0.001 = 0.1%",
                                                  type: "number",
                                                  minimum: 0,
                                                },
                                              },
                                              additionalProperties: false,
                                            },
                                            unit: {
                                              type: "object",
                                              properties: {
                                                name: {
                                                  type: "string",
                                                  minLength: 1,
                                                },
                                                aliases: {
                                                  default: [],
                                                  type: "array",
                                                  items: {
                                                    type: "string",
                                                    minLength: 1,
                                                  },
                                                },
                                                required: {
                                                  default: false,
                                                  type: "boolean",
                                                },
                                              },
                                              required: ["name"],
                                              additionalProperties: false,
                                            },
                                            decimals: {
                                              type: "integer",
                                              minimum: 0,
                                              maximum: 12,
                                            },
                                            sigfigs: {
                                              type: "integer",
                                              minimum: 1,
                                              maximum: 15,
                                            },
                                            scientific: {
                                              type: "boolean",
                                            },
                                            acceptFraction: {
                                              type: "boolean",
                                            },
                                          },
                                          required: ["kind", "value"],
                                          additionalProperties: false,
                                        },
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "fraction",
                                            },
                                            value: {
                                              type: "string",
                                              pattern: "^-?(\\d+\\s+)?\\d+\\/\\d+$|^-?\\d+$",
                                            },
                                            acceptDecimal: {
                                              default: true,
                                              type: "boolean",
                                            },
                                            requireSimplified: {
                                              default: false,
                                              type: "boolean",
                                            },
                                            unit: {
                                              type: "object",
                                              properties: {
                                                name: {
                                                  type: "string",
                                                  minLength: 1,
                                                },
                                                aliases: {
                                                  default: [],
                                                  type: "array",
                                                  items: {
                                                    type: "string",
                                                    minLength: 1,
                                                  },
                                                },
                                                required: {
                                                  default: false,
                                                  type: "boolean",
                                                },
                                              },
                                              required: ["name"],
                                              additionalProperties: false,
                                            },
                                            denominator: {
                                              type: "integer",
                                              minimum: 1,
                                              maximum: 1000000,
                                            },
                                            form: {
                                              type: "string",
                                              enum: ["any", "mixed", "improper"],
                                            },
                                          },
                                          required: ["kind", "value"],
                                          additionalProperties: false,
                                        },
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "percentage",
                                            },
                                            value: {
                                              type: "number",
                                            },
                                            tolerance: {
                                              type: "object",
                                              properties: {
                                                abs: {
                                                  description: "absolute tolerance, e.g. 0.01",
                                                  type: "number",
                                                  minimum: 0,
                                                },
                                                rel: {
                                                  description: "relative tolerance, e.g. 0.001 = 0.1%",
                                                  type: "number",
                                                  minimum: 0,
                                                },
                                              },
                                              additionalProperties: false,
                                            },
                                            acceptDecimal: {
                                              default: false,
                                              type: "boolean",
                                            },
                                          },
                                          required: ["kind", "value"],
                                          additionalProperties: false,
                                        },
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "expression",
                                            },
                                            value: {
                                              type: "string",
                                              minLength: 1,
                                            },
                                            variables: {
                                              default: ["x"],
                                              type: "array",
                                              items: {
                                                type: "string",
                                                pattern:
                                                  "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                              },
                                            },
                                            form: {
                                              default: "any",
                                              type: "string",
                                              enum: ["any", "expanded", "factored"],
                                            },
                                            exact: {
                                              type: "boolean",
                                            },
                                            constant: {
                                              type: "string",
                                              pattern:
                                                "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                            },
                                            complex: {
                                              type: "boolean",
                                            },
                                          },
                                          required: ["kind", "value"],
                                          additionalProperties: false,
                                        },
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "equation",
                                            },
                                            value: {
                                              type: "string",
                                              pattern:
                                                "[=<>≤≥⩽⩾]|\\\\(?:le|ge|lt|gt|leq|geq|leqslant|geqslant)(?![a-z])|^\\s*[([].*,.*[)\\]]\\s*$",
                                            },
                                            variables: {
                                              default: ["x"],
                                              type: "array",
                                              items: {
                                                type: "string",
                                                pattern:
                                                  "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                              },
                                            },
                                            notation: {
                                              type: "string",
                                              enum: ["any", "interval", "inequality"],
                                            },
                                            form: {
                                              type: "string",
                                              enum: ["any", "step"],
                                            },
                                          },
                                          required: ["kind", "value"],
                                          additionalProperties: false,
                                        },
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "choice",
                                            },
                                            options: {
                                              minItems: 2,
                                              type: "array",
                                              items: {
                                                type: "string",
                                                minLength: 1,
                                              },
                                            },
                                            correct: {
                                              type: "integer",
                                              minimum: 0,
                                              maximum: 9007199254740991,
                                            },
                                          },
                                          required: ["kind", "options", "correct"],
                                          additionalProperties: false,
                                        },
                                        {
                                          type: "object",
                                          properties: {
                                            kind: {
                                              type: "string",
                                              const: "text",
                                            },
                                            accepted: {
                                              minItems: 1,
                                              type: "array",
                                              items: {
                                                type: "string",
                                                minLength: 1,
                                              },
                                            },
                                            match: {
                                              description:
                                                'how the text is compared: "words" (default: case, punctuation and articles ignored), "code" (symbol for symbol, case-sensitive, spaces outside strings and \' vs " ignored), "chemistry" (formulas, charges and equations; element case counts; species order on a side free)',
                                              type: "string",
                                              enum: ["words", "code", "chemistry"],
                                            },
                                          },
                                          required: ["kind", "accepted"],
                                          additionalProperties: false,
                                        },
                                      ],
                                    },
                                    {
                                      type: "object",
                                      properties: {
                                        kind: {
                                          type: "string",
                                          const: "list",
                                        },
                                        items: {
                                          maxItems: 50,
                                          type: "array",
                                          items: {
                                            anyOf: [
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "numeric",
                                                  },
                                                  value: {
                                                    type: "number",
                                                  },
                                                  tolerance: {
                                                    type: "object",
                                                    properties: {
                                                      abs: {
                                                        description: "absolute tolerance, e.g. 0.01",
                                                        type: "number",
                                                        minimum: 0,
                                                      },
                                                      rel: {
                                                        description: "relative tolerance, e.g. 0.001 = 0.1%",
                                                        type: "number",
                                                        minimum: 0,
                                                      },
                                                    },
                                                    additionalProperties: false,
                                                  },
                                                  unit: {
                                                    type: "object",
                                                    properties: {
                                                      name: {
                                                        type: "string",
                                                        minLength: 1,
                                                      },
                                                      aliases: {
                                                        default: [],
                                                        type: "array",
                                                        items: {
                                                          type: "string",
                                                          minLength: 1,
                                                        },
                                                      },
                                                      required: {
                                                        default: false,
                                                        type: "boolean",
                                                      },
                                                    },
                                                    required: ["name"],
                                                    additionalProperties: false,
                                                  },
                                                  decimals: {
                                                    type: "integer",
                                                    minimum: 0,
                                                    maximum: 12,
                                                  },
                                                  sigfigs: {
                                                    type: "integer",
                                                    minimum: 1,
                                                    maximum: 15,
                                                  },
                                                  scientific: {
                                                    type: "boolean",
                                                  },
                                                  acceptFraction: {
                                                    type: "boolean",
                                                  },
                                                },
                                                required: ["kind", "value"],
                                                additionalProperties: false,
                                              },
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "fraction",
                                                  },
                                                  value: {
                                                    type: "string",
                                                    pattern: "^-?(\\d+\\s+)?\\d+\\/\\d+$|^-?\\d+$",
                                                  },
                                                  acceptDecimal: {
                                                    default: true,
                                                    type: "boolean",
                                                  },
                                                  requireSimplified: {
                                                    default: false,
                                                    type: "boolean",
                                                  },
                                                  unit: {
                                                    type: "object",
                                                    properties: {
                                                      name: {
                                                        type: "string",
                                                        minLength: 1,
                                                      },
                                                      aliases: {
                                                        default: [],
                                                        type: "array",
                                                        items: {
                                                          type: "string",
                                                          minLength: 1,
                                                        },
                                                      },
                                                      required: {
                                                        default: false,
                                                        type: "boolean",
                                                      },
                                                    },
                                                    required: ["name"],
                                                    additionalProperties: false,
                                                  },
                                                  denominator: {
                                                    type: "integer",
                                                    minimum: 1,
                                                    maximum: 1000000,
                                                  },
                                                  form: {
                                                    type: "string",
                                                    enum: ["any", "mixed", "improper"],
                                                  },
                                                },
                                                required: ["kind", "value"],
                                                additionalProperties: false,
                                              },
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "percentage",
                                                  },
                                                  value: {
                                                    type: "number",
                                                  },
                                                  tolerance: {
                                                    type: "object",
                                                    properties: {
                                                      abs: {
                                                        description: "absolute tolerance, e.g. 0.01",
                                                        type: "number",
                                                        minimum: 0,
                                                      },
                                                      rel: {
                                                        description: "relative tolerance, e.g. 0.001 = 0.1%",
                                                        type: "number",
                                                        minimum: 0,
                                                      },
                                                    },
                                                    additionalProperties: false,
                                                  },
                                                  acceptDecimal: {
                                                    default: false,
                                                    type: "boolean",
                                                  },
                                                },
                                                required: ["kind", "value"],
                                                additionalProperties: false,
                                              },
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "expression",
                                                  },
                                                  value: {
                                                    type: "string",
                                                    minLength: 1,
                                                  },
                                                  variables: {
                                                    default: ["x"],
                                                    type: "array",
                                                    items: {
                                                      type: "string",
                                                      pattern:
                                                        "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                                    },
                                                  },
                                                  form: {
                                                    default: "any",
                                                    type: "string",
                                                    enum: ["any", "expanded", "factored"],
                                                  },
                                                  exact: {
                                                    type: "boolean",
                                                  },
                                                  constant: {
                                                    type: "string",
                                                    pattern:
                                                      "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                                  },
                                                  complex: {
                                                    type: "boolean",
                                                  },
                                                },
                                                required: ["kind", "value"],
                                                additionalProperties: false,
                                              },
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "equation",
                                                  },
                                                  value: {
                                                    type: "string",
                                                    pattern:
                                                      "[=<>≤≥⩽⩾]|\\\\(?:le|ge|lt|gt|leq|geq|leqslant|geqslant)(?![a-z])|^\\s*[([].*,.*[)\\]]\\s*$",
                                                  },
                                                  variables: {
                                                    default: ["x"],
                                                    type: "array",
                                                    items: {
                                                      type: "string",
                                                      pattern:
                                                        "^\\\\?(?:[A-Za-z]+|[\\u0370-\\u03ff])(?:_(?:\\{[A-Za-z0-9]+\\}|[A-Za-z0-9]+)|[₀-₉]+)?'?$",
                                                    },
                                                  },
                                                  notation: {
                                                    type: "string",
                                                    enum: ["any", "interval", "inequality"],
                                                  },
                                                  form: {
                                                    type: "string",
                                                    enum: ["any", "step"],
                                                  },
                                                },
                                                required: ["kind", "value"],
                                                additionalProperties: false,
                                              },
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "choice",
                                                  },
                                                  options: {
                                                    minItems: 2,
                                                    type: "array",
                                                    items: {
                                                      type: "string",
                                                      minLength: 1,
                                                    },
                                                  },
                                                  correct: {
                                                    type: "integer",
                                                    minimum: 0,
                                                    maximum: 9007199254740991,
                                                  },
                                                },
                                                required: ["kind", "options", "correct"],
                                                additionalProperties: false,
                                              },
                                              {
                                                type: "object",
                                                properties: {
                                                  kind: {
                                                    type: "string",
                                                    const: "text",
                                                  },
                                                  accepted: {
                                                    minItems: 1,
                                                    type: "array",
                                                    items: {
                                                      type: "string",
                                                      minLength: 1,
                                                    },
                                                  },
                                                  match: {
                                                    description:
                                                      'how the text is compared: "words" (default: case, punctuation and articles ignored), "code" (symbol for symbol, case-sensitive, spaces outside strings and \' vs " ignored), "chemistry" (formulas, charges and equations; element case counts; species order on a side free)',
                                                    type: "string",
                                                    enum: ["words", "code", "chemistry"],
                                                  },
                                                },
                                                required: ["kind", "accepted"],
                                                additionalProperties: false,
                                              },
                                            ],
                                          },
                                        },
                                        ordered: {
                                          default: false,
                                          type: "boolean",
                                        },
                                        notation: {
                                          type: "string",
                                          enum: ["set", "point", "matrix"],
                                        },
                                        columns: {
                                          type: "integer",
                                          minimum: 1,
                                          maximum: 50,
                                        },
                                      },
                                      required: ["kind", "items"],
                                      additionalProperties: false,
                                    },
                                  ],
                                },
                              },
                              required: ["kind", "text", "answer"],
                              additionalProperties: false,
                            },
                            {
                              type: "object",
                              properties: {
                                kind: {
                                  type: "string",
                                  const: "bottom_out",
                                },
                                text: {
                                  type: "string",
                                  minLength: 1,
                                },
                              },
                              required: ["kind", "text"],
                              additionalProperties: false,
                            },
                          ],
                        },
                      },
                      wrongAnswers: {
                        default: [],
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            match: {
                              type: "string",
                              minLength: 1,
                            },
                            feedback: {
                              type: "string",
                              minLength: 1,
                            },
                            misconception: {
                              type: "string",
                              minLength: 1,
                              maxLength: 200,
                            },
                          },
                          required: ["match", "feedback", "misconception"],
                          additionalProperties: false,
                        },
                      },
                    },
                    required: ["prompt", "answer", "skills", "hints"],
                    additionalProperties: false,
                  },
                },
                source: {
                  type: "object",
                  properties: {
                    name: {
                      type: "string",
                      minLength: 1,
                    },
                    url: {
                      type: "string",
                    },
                    licence: {
                      type: "string",
                      minLength: 1,
                    },
                    attribution: {
                      type: "string",
                    },
                  },
                  required: ["name", "licence"],
                  additionalProperties: false,
                },
                language: {
                  type: "string",
                  pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$",
                },
                translations: {
                  type: "object",
                  propertyNames: {
                    type: "string",
                    pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$",
                  },
                  additionalProperties: {
                    type: "object",
                    properties: {
                      title: {
                        type: "string",
                        minLength: 1,
                        maxLength: 300,
                      },
                      statement: {
                        type: "string",
                        minLength: 1,
                      },
                      steps: {
                        minItems: 1,
                        type: "array",
                        items: {
                          type: "object",
                          properties: {
                            prompt: {
                              type: "string",
                              minLength: 1,
                            },
                            hints: {
                              type: "array",
                              items: {
                                type: "string",
                                minLength: 1,
                              },
                            },
                            wrongAnswers: {
                              type: "array",
                              items: {
                                type: "string",
                                minLength: 1,
                              },
                            },
                            options: {
                              type: "array",
                              items: {
                                type: "string",
                                minLength: 1,
                                maxLength: 500,
                              },
                            },
                          },
                          required: ["prompt", "hints", "wrongAnswers"],
                          additionalProperties: false,
                        },
                      },
                    },
                    required: ["title", "statement", "steps"],
                    additionalProperties: false,
                  },
                },
              },
              required: ["key", "title", "statement", "steps"],
              additionalProperties: false,
            },
          },
        },
        required: ["key", "title", "problems"],
        additionalProperties: false,
      },
    },
  },
  required: ["format", "version"],
  additionalProperties: false,
  title: "Stepwise content bundle",
  description: "A Stepwise content bundle: skills and problem sets (docs/content-format.md).",
} as const;
