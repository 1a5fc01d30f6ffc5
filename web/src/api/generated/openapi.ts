/**
 * The API's types, generated from the server's API document (GET /api/openapi.json) by
 * `npm run api:types`. Do not edit: change the server's zod schemas and generate again.
 * Error answers are left out: they all have the body {code, message, details} (ApiError).
 */
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok' | 'unavailable';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              status: 'ok' | 'unavailable';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, if any; sets the CSRF cookie */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                municipality: {
                  id: string;
                  code: string;
                  name: string;
                };
                pendingStep: ('enrol_second_factor' | 'verify_second_factor') | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Sign in with e-mail and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                municipality: {
                  id: string;
                  code: string;
                  name: string;
                };
                pendingStep: ('enrol_second_factor' | 'verify_second_factor') | null;
              };
            };
          };
        };
      };
    };
    /** Sign out */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change one's language or name */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale?: 'sv' | 'en';
            displayName?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                municipality: {
                  id: string;
                  code: string;
                  name: string;
                };
                pendingStep: ('enrol_second_factor' | 'verify_second_factor') | null;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/account/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one's password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-resets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mail a reset link (same answer whether or not the account exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': Record<string, unknown>;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-resets/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password from a reset link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Who an invitation is for */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              displayName: string;
              organisationName: string;
              municipalityName: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose a password and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                municipality: {
                  id: string;
                  code: string;
                  name: string;
                };
                pendingStep: ('enrol_second_factor' | 'verify_second_factor') | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's municipality and its district layers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              code: string;
              name: string;
              districtLayers: {
                id: string;
                name: string;
                districtCount: number;
                /** @description Who made the layer's data and its licence: shown as the credit */
                source: string | null;
              }[];
              /** @description How many place names police events can be placed by in the municipality */
              placeNameCount: number;
              /** @description Tätorter (SCB) and localities (GeoNames, Who's On First) to write on a map drawn without basemap tiles */
              placeLabels: {
                name: string;
                /** @enum {string} */
                kind: 'tatort' | 'locality';
                point: {
                  longitude: number;
                  latitude: number;
                };
              }[];
              /** @description The municipal boundary in WGS84 (Källa: SCB), for framing maps */
              boundary: {
                /** @enum {string} */
                type: 'Polygon' | 'MultiPolygon';
                coordinates: unknown[];
              } | null;
              /** @description Raster tiles (XYZ) to draw under the maps, from the configuration; null: none */
              basemap: {
                tiles: string;
                attribution: string | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/onboarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A new municipality's checklist: boundary, layers, place names set up; organisations, users, the first import left */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              municipality: {
                id: string;
                code: string;
                name: string;
              };
              hasBoundary: boolean;
              layers: {
                id: string;
                name: string;
                source: string | null;
                districtCount: number;
              }[];
              placeNameCount: number;
              organisationCount: number;
              userCount: number;
              importCount: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every district of every layer as GeoJSON (WGS84), for the map */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              type: 'FeatureCollection';
              features: {
                /** @enum {string} */
                type: 'Feature';
                id: string;
                properties: {
                  layerId: string;
                  name: string;
                  code: string | null;
                  category: string | null;
                };
                geometry: {
                  /** @enum {string} */
                  type: 'Polygon' | 'MultiPolygon';
                  coordinates: unknown[];
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/district-layers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a layer of districts from GeoJSON (WGS84 or SWEREF 99 TM); existing incidents are assigned */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default null */
            source?: string | null;
            /** @description A GeoJSON FeatureCollection of Polygon or MultiPolygon features (WGS 84, or SWEREF 99 TM named in `crs`) */
            geojson: {
              /** @enum {unknown} */
              type: 'FeatureCollection';
              features: Record<string, unknown>[];
            };
            nameProperty: string;
            /** @default null */
            codeProperty?: string | null;
            /** @default false */
            isSkippingBadFeatures?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              layer: {
                id: string;
                name: string;
                source: string | null;
              };
              districtCount: number;
              /** @enum {string} */
              crs: 'wgs84' | 'sweref99tm';
              rejected: {
                /** @description The feature's position in the file, from 0 */
                index: number;
                /** @description name_missing, geometry_type, coordinates_missing, no_rings, ring_too_short, position_not_numbers, position_outside_sweden, ring_not_closed or outside_municipality */
                code: string;
                params: {
                  [key: string]: string | number;
                };
                /** @description The problem in English */
                reason: string;
              }[];
              /** @description Features kept although part of them lies outside the municipality's boundary */
              crossing: {
                index: number;
                name: string;
                /** @enum {string} */
                code: 'crossing_municipality_boundary';
              }[];
              assignedIncidents: number;
              /** @description Police events that moved when placed again from their text against the new districts; null when that failed: the layer change stands, and police events keep their earlier districts until the next layer change */
              policeEventsPlacedAgain: number | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/district-layers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a layer's name and districts from GeoJSON; every incident is assigned again */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default null */
            source?: string | null;
            /** @description A GeoJSON FeatureCollection of Polygon or MultiPolygon features (WGS 84, or SWEREF 99 TM named in `crs`) */
            geojson: {
              /** @enum {unknown} */
              type: 'FeatureCollection';
              features: Record<string, unknown>[];
            };
            nameProperty: string;
            /** @default null */
            codeProperty?: string | null;
            /** @default false */
            isSkippingBadFeatures?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              layer: {
                id: string;
                name: string;
                source: string | null;
              };
              districtCount: number;
              /** @enum {string} */
              crs: 'wgs84' | 'sweref99tm';
              rejected: {
                /** @description The feature's position in the file, from 0 */
                index: number;
                /** @description name_missing, geometry_type, coordinates_missing, no_rings, ring_too_short, position_not_numbers, position_outside_sweden, ring_not_closed or outside_municipality */
                code: string;
                params: {
                  [key: string]: string | number;
                };
                /** @description The problem in English */
                reason: string;
              }[];
              /** @description Features kept although part of them lies outside the municipality's boundary */
              crossing: {
                index: number;
                name: string;
                /** @enum {string} */
                code: 'crossing_municipality_boundary';
              }[];
              assignedIncidents: number;
              /** @description Police events that moved when placed again from their text against the new districts; null when that failed: the layer change stands, and police events keep their earlier districts until the next layer change */
              policeEventsPlacedAgain: number | null;
            };
          };
        };
      };
    };
    post?: never;
    /** Delete a layer, its districts and the incidents' assignments to them */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/installation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the signed-in user administers the installation, and (if so) its municipalities */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isInstallationAdmin: boolean;
              municipalities: {
                id: string;
                code: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/installation/municipalities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a municipality by kommunkod with its boundary, distrikt, the police's utsatta områden in it (Stockholm: stadsdelar), and invite its first administrator */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description SCB's kommunkod, e.g. 0127 for Botkyrka */
            code: string;
            firstAdministrator: {
              /** Format: email */
              email: string;
              displayName: string;
              organisationName: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              municipality: {
                id: string;
                code: string;
                name: string;
              };
              layers: {
                id: string;
                name: string;
                source: string | null;
                districtCount: number;
              }[];
              invitation: {
                /** @description Shown to hand over; null when it was e-mailed */
                link: string | null;
                isEmailed: boolean;
                expiresAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the organisations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
                disabledAt: string | null;
                createdAt: string;
                userCount: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add an organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            kind:
              | 'municipal_administration'
              | 'police'
              | 'fire_service'
              | 'housing_company'
              | 'security_company'
              | 'other';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
                disabledAt: string | null;
                createdAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable an organisation and sign its users out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
                disabledAt: string | null;
                createdAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable an organisation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisation: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
                disabledAt: string | null;
                createdAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accounts */
    get: {
      parameters: {
        query?: {
          organisationId?: string;
          status?: 'active' | 'invited' | 'disabled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              users: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                status: 'active' | 'invited' | 'disabled';
                lastLoginAt: string | null;
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Invite a user (the link is returned when no SMTP server is configured) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            displayName: string;
            /** Format: uuid */
            organisationId: string;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'reporter'
              | 'analyst'
              | 'viewer'
              | 'caseworker'
              | 'procurement'
              | 'partner'
            )[];
            /** @enum {string} */
            locale?: 'sv' | 'en';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                status: 'active' | 'invited' | 'disabled';
                lastLoginAt: string | null;
                createdAt: string;
              };
              invitation: {
                link: string | null;
                isEmailed: boolean;
                expiresAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a user's name, roles or organisation
     * @description An admin may change their own account too, roles included: stepping down from admin is allowed while another active admin remains (409 LAST_ADMIN otherwise), and an admin who keeps the admin role can give themselves any other role back.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            displayName?: string;
            roles?: (
              | 'admin'
              | 'coordinator'
              | 'reporter'
              | 'analyst'
              | 'viewer'
              | 'caseworker'
              | 'procurement'
              | 'partner'
            )[];
            /** Format: uuid */
            organisationId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                status: 'active' | 'invited' | 'disabled';
                lastLoginAt: string | null;
                createdAt: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Disable an account and end its sessions */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                status: 'active' | 'invited' | 'disabled';
                lastLoginAt: string | null;
                createdAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enable an account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                /** @enum {string} */
                status: 'active' | 'invited' | 'disabled';
                lastLoginAt: string | null;
                createdAt: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a password link for a user
     * @description Never for an installation admin's account: its links come from the command line or its holder's own request.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              link: string | null;
              isEmailed: boolean;
              expiresAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sign-in/provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's identity provider for an address's domain, if any */
    get: {
      parameters: {
        query: {
          email: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              provider: {
                municipalityId: string;
                label: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Go to the municipality's identity provider to sign in */
    get: {
      parameters: {
        query: {
          municipalityId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A redirect (Location) */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the identity provider sends the browser back (authorization code) */
    get: {
      parameters: {
        query?: {
          code?: string;
          state?: string;
          iss?: string;
          error?: string;
          error_description?: string;
          session_state?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A redirect (Location) */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/session/end-session-url': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where to end the provider's session too (RP-initiated logout), if anywhere */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              url: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account/second-factor/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start enrolling a TOTP second factor (the secret is shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              uri: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account/second-factor/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the enrolment with a first code; returns the recovery codes once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/account/second-factor/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish a password sign-in with a TOTP code or a recovery code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                id: string;
                email: string;
                displayName: string;
                roles: (
                  | 'admin'
                  | 'coordinator'
                  | 'reporter'
                  | 'analyst'
                  | 'viewer'
                  | 'caseworker'
                  | 'procurement'
                  | 'partner'
                )[];
                /** @enum {string} */
                locale: 'sv' | 'en';
                organisation: {
                  id: string;
                  name: string;
                };
                municipality: {
                  id: string;
                  code: string;
                  name: string;
                };
                pendingStep: ('enrol_second_factor' | 'verify_second_factor') | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's sign-in settings (never the client secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              redirectUri: string;
              isSecretsKeyConfigured: boolean;
              provider: {
                label: string;
                issuerUrl: string;
                clientId: string;
                hasClientSecret: boolean;
                allowedEmailDomains: string[];
                claimMappings: {
                  /** @enum {string} */
                  claim: 'groups' | 'roles' | 'email_domain';
                  value: string;
                  /** Format: uuid */
                  organisationId: string;
                  roles: (
                    | 'admin'
                    | 'coordinator'
                    | 'reporter'
                    | 'analyst'
                    | 'viewer'
                    | 'caseworker'
                    | 'procurement'
                    | 'partner'
                  )[];
                }[];
                rolesFollowClaims: boolean;
                supportContact: string;
                updatedAt: string;
              } | null;
              policy: {
                isPasswordSignInDisabled: boolean;
                breakGlassUserId: string | null;
                isSecondFactorRequired: boolean;
                updatedAt: string;
              };
              breakGlassSignIns: {
                at: string;
                userId: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/sign-in/provider': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the municipality's OpenID Connect provider */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
            /** Format: uri */
            issuerUrl: string;
            clientId: string;
            clientSecret?: string;
            allowedEmailDomains: string[];
            claimMappings: {
              /** @enum {string} */
              claim: 'groups' | 'roles' | 'email_domain';
              value: string;
              /** Format: uuid */
              organisationId: string;
              roles: (
                | 'admin'
                | 'coordinator'
                | 'reporter'
                | 'analyst'
                | 'viewer'
                | 'caseworker'
                | 'procurement'
                | 'partner'
              )[];
            }[];
            rolesFollowClaims: boolean;
            supportContact: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              redirectUri: string;
              isSecretsKeyConfigured: boolean;
              provider: {
                label: string;
                issuerUrl: string;
                clientId: string;
                hasClientSecret: boolean;
                allowedEmailDomains: string[];
                claimMappings: {
                  /** @enum {string} */
                  claim: 'groups' | 'roles' | 'email_domain';
                  value: string;
                  /** Format: uuid */
                  organisationId: string;
                  roles: (
                    | 'admin'
                    | 'coordinator'
                    | 'reporter'
                    | 'analyst'
                    | 'viewer'
                    | 'caseworker'
                    | 'procurement'
                    | 'partner'
                  )[];
                }[];
                rolesFollowClaims: boolean;
                supportContact: string;
                updatedAt: string;
              } | null;
              policy: {
                isPasswordSignInDisabled: boolean;
                breakGlassUserId: string | null;
                isSecondFactorRequired: boolean;
                updatedAt: string;
              };
              breakGlassSignIns: {
                at: string;
                userId: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/municipality/sign-in/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch passwords off (keeping a break-glass admin), require a second factor */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            isPasswordSignInDisabled: boolean;
            breakGlassUserId: string | null;
            isSecondFactorRequired: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              redirectUri: string;
              isSecretsKeyConfigured: boolean;
              provider: {
                label: string;
                issuerUrl: string;
                clientId: string;
                hasClientSecret: boolean;
                allowedEmailDomains: string[];
                claimMappings: {
                  /** @enum {string} */
                  claim: 'groups' | 'roles' | 'email_domain';
                  value: string;
                  /** Format: uuid */
                  organisationId: string;
                  roles: (
                    | 'admin'
                    | 'coordinator'
                    | 'reporter'
                    | 'analyst'
                    | 'viewer'
                    | 'caseworker'
                    | 'procurement'
                    | 'partner'
                  )[];
                }[];
                rolesFollowClaims: boolean;
                supportContact: string;
                updatedAt: string;
              } | null;
              policy: {
                isPasswordSignInDisabled: boolean;
                breakGlassUserId: string | null;
                isSecondFactorRequired: boolean;
                updatedAt: string;
              };
              breakGlassSignIns: {
                at: string;
                userId: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Reset a user's second factor (they enrol again) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit entries, newest first */
    get: {
      parameters: {
        query?: {
          action?: string;
          outcome?: 'success' | 'denied' | 'failure';
          from?: string;
          to?: string;
          before?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              entries: {
                seq: number;
                at: string;
                actor: {
                  id: string;
                  displayName: string;
                } | null;
                organisation: {
                  id: string;
                  name: string;
                } | null;
                action: string;
                entityType: string;
                entityId: string | null;
                /** @enum {string} */
                outcome: 'success' | 'denied' | 'failure';
                details: {
                  [key: string]: unknown;
                } | null;
              }[];
              nextBefore: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify the municipality's hash chain */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isIntact: boolean;
              checkedEntries: number;
              problems: {
                seq: number;
                /** @enum {string} */
                kind: 'changed' | 'removed' | 'reordered';
                message: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/taxonomy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's incident categories */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              categories: {
                code: string;
                labelSv: string;
                labelEn: string;
                /** @enum {string} */
                group:
                  | 'order_and_environment'
                  | 'violence_and_threats'
                  | 'property'
                  | 'drugs'
                  | 'fire'
                  | 'traffic'
                  | 'organized_crime'
                  | 'information'
                  | 'other';
                isOrganizedCrimeSignal: boolean;
                sortOrder: number;
                retiredAt: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add a category (its code is permanent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            labelSv: string;
            labelEn: string;
            /** @enum {string} */
            group:
              | 'order_and_environment'
              | 'violence_and_threats'
              | 'property'
              | 'drugs'
              | 'fire'
              | 'traffic'
              | 'organized_crime'
              | 'information'
              | 'other';
            isOrganizedCrimeSignal: boolean;
            sortOrder: number;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              labelSv: string;
              labelEn: string;
              /** @enum {string} */
              group:
                | 'order_and_environment'
                | 'violence_and_threats'
                | 'property'
                | 'drugs'
                | 'fire'
                | 'traffic'
                | 'organized_crime'
                | 'information'
                | 'other';
              isOrganizedCrimeSignal: boolean;
              sortOrder: number;
              retiredAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/taxonomy/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Relabel, regroup, reorder, retire or restore a category */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            labelSv?: string;
            labelEn?: string;
            /** @enum {string} */
            group?:
              | 'order_and_environment'
              | 'violence_and_threats'
              | 'property'
              | 'drugs'
              | 'fire'
              | 'traffic'
              | 'organized_crime'
              | 'information'
              | 'other';
            isOrganizedCrimeSignal?: boolean;
            sortOrder?: number;
            isRetired?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              labelSv: string;
              labelEn: string;
              /** @enum {string} */
              group:
                | 'order_and_environment'
                | 'violence_and_threats'
                | 'property'
                | 'drugs'
                | 'fire'
                | 'traffic'
                | 'organized_crime'
                | 'information'
                | 'other';
              isOrganizedCrimeSignal: boolean;
              sortOrder: number;
              retiredAt: string | null;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File a report of one or more events (a resend with the same clientReference is stored once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            clientReference?: string;
            events: {
              /** Format: date-time */
              occurredAt?: string;
              /** Format: date-time */
              occurredUntil?: string;
              point?: {
                longitude: number;
                latitude: number;
              };
              address?: string;
              /** Format: uuid */
              districtId?: string;
              categoryCode: string;
              severity?: 1 | 2 | 3 | 4;
              unsafety?: 1 | 2 | 3 | 4;
              description: string;
              peopleCount?: number;
            }[];
            isPersonalDataKept?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reportId: string;
              incidents: {
                id: string;
                reportId: string | null;
                occurredAt: string;
                occurredUntil: string | null;
                /** @enum {string} */
                timePrecision: 'exact' | 'day' | 'approximate';
                reportedAt: string;
                location: {
                  point: {
                    longitude: number;
                    latitude: number;
                  } | null;
                  address: string | null;
                  chosenDistrictId: string | null;
                  /** @enum {string} */
                  precision:
                    'point' | 'address' | 'place_name' | 'district' | 'municipality' | 'county';
                };
                categoryCode: string;
                severity: number | null;
                unsafety: number | null;
                description: string;
                personalDataKinds: string[];
                peopleCount: number | null;
                organisationId: string;
                reporterUserId: string | null;
                /** @enum {string} */
                source: 'manual' | 'police_events' | 'csv' | 'api';
                sourceId: string | null;
                /** @enum {string} */
                status: 'new' | 'reviewed' | 'duplicate' | 'archived';
                duplicateOfId: string | null;
                archiveReason: string | null;
                /** @description When retention removed the free text; the incident still counts */
                textRemovedAt: string | null;
                districtIds: string[];
              }[];
              maskedKinds: string[];
              isRepeat: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              reportId: string;
              incidents: {
                id: string;
                reportId: string | null;
                occurredAt: string;
                occurredUntil: string | null;
                /** @enum {string} */
                timePrecision: 'exact' | 'day' | 'approximate';
                reportedAt: string;
                location: {
                  point: {
                    longitude: number;
                    latitude: number;
                  } | null;
                  address: string | null;
                  chosenDistrictId: string | null;
                  /** @enum {string} */
                  precision:
                    'point' | 'address' | 'place_name' | 'district' | 'municipality' | 'county';
                };
                categoryCode: string;
                severity: number | null;
                unsafety: number | null;
                description: string;
                personalDataKinds: string[];
                peopleCount: number | null;
                organisationId: string;
                reporterUserId: string | null;
                /** @enum {string} */
                source: 'manual' | 'police_events' | 'csv' | 'api';
                sourceId: string | null;
                /** @enum {string} */
                status: 'new' | 'reviewed' | 'duplicate' | 'archived';
                duplicateOfId: string | null;
                archiveReason: string | null;
                /** @description When retention removed the free text; the incident still counts */
                textRemovedAt: string | null;
                districtIds: string[];
              }[];
              maskedKinds: string[];
              isRepeat: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents, newest reported first, with filters */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          districtId?: string;
          categoryCode?: string;
          source?: 'manual' | 'police_events' | 'csv' | 'api';
          status?: 'new' | 'reviewed' | 'duplicate' | 'archived';
          organisationId?: string;
          beforeOccurredAt?: string;
          beforeId?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              incidents: {
                id: string;
                reportId: string | null;
                occurredAt: string;
                occurredUntil: string | null;
                /** @enum {string} */
                timePrecision: 'exact' | 'day' | 'approximate';
                reportedAt: string;
                location: {
                  point: {
                    longitude: number;
                    latitude: number;
                  } | null;
                  address: string | null;
                  chosenDistrictId: string | null;
                  /** @enum {string} */
                  precision:
                    'point' | 'address' | 'place_name' | 'district' | 'municipality' | 'county';
                };
                categoryCode: string;
                severity: number | null;
                unsafety: number | null;
                description: string;
                personalDataKinds: string[];
                peopleCount: number | null;
                organisationId: string;
                reporterUserId: string | null;
                /** @enum {string} */
                source: 'manual' | 'police_events' | 'csv' | 'api';
                sourceId: string | null;
                /** @enum {string} */
                status: 'new' | 'reviewed' | 'duplicate' | 'archived';
                duplicateOfId: string | null;
                archiveReason: string | null;
                /** @description When retention removed the free text; the incident still counts */
                textRemovedAt: string | null;
                districtIds: string[];
                organisationName: string;
              }[];
              next: {
                occurredAt: string;
                id: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered incidents as CSV (for Swedish spreadsheets), XLSX or GeoJSON; at most 100,000 */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          districtId?: string;
          categoryCode?: string;
          source?: 'manual' | 'police_events' | 'csv' | 'api';
          status?: 'new' | 'reviewed' | 'duplicate' | 'archived';
          organisationId?: string;
          format?: 'csv' | 'xlsx' | 'geojson';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The incidents in the format asked for */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'application/geo+json': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One incident */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              reportId: string | null;
              occurredAt: string;
              occurredUntil: string | null;
              /** @enum {string} */
              timePrecision: 'exact' | 'day' | 'approximate';
              reportedAt: string;
              location: {
                point: {
                  longitude: number;
                  latitude: number;
                } | null;
                address: string | null;
                chosenDistrictId: string | null;
                /** @enum {string} */
                precision:
                  'point' | 'address' | 'place_name' | 'district' | 'municipality' | 'county';
              };
              categoryCode: string;
              severity: number | null;
              unsafety: number | null;
              description: string;
              personalDataKinds: string[];
              peopleCount: number | null;
              organisationId: string;
              reporterUserId: string | null;
              /** @enum {string} */
              source: 'manual' | 'police_events' | 'csv' | 'api';
              sourceId: string | null;
              /** @enum {string} */
              status: 'new' | 'reviewed' | 'duplicate' | 'archived';
              duplicateOfId: string | null;
              archiveReason: string | null;
              /** @description When retention removed the free text; the incident still counts */
              textRemovedAt: string | null;
              districtIds: string[];
              organisationName: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/incidents/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm, link as a duplicate, archive with a reason, or reopen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                decision: 'reviewed';
              }
            | {
                /** @enum {string} */
                decision: 'new';
              }
            | {
                /** @enum {string} */
                decision: 'duplicate';
                /** Format: uuid */
                duplicateOfId: string;
              }
            | {
                /** @enum {string} */
                decision: 'archived';
                reason: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              reportId: string | null;
              occurredAt: string;
              occurredUntil: string | null;
              /** @enum {string} */
              timePrecision: 'exact' | 'day' | 'approximate';
              reportedAt: string;
              location: {
                point: {
                  longitude: number;
                  latitude: number;
                } | null;
                address: string | null;
                chosenDistrictId: string | null;
                /** @enum {string} */
                precision:
                  'point' | 'address' | 'place_name' | 'district' | 'municipality' | 'county';
              };
              categoryCode: string;
              severity: number | null;
              unsafety: number | null;
              description: string;
              personalDataKinds: string[];
              peopleCount: number | null;
              organisationId: string;
              reporterUserId: string | null;
              /** @enum {string} */
              source: 'manual' | 'police_events' | 'csv' | 'api';
              sourceId: string | null;
              /** @enum {string} */
              status: 'new' | 'reviewed' | 'duplicate' | 'archived';
              duplicateOfId: string | null;
              archiveReason: string | null;
              /** @description When retention removed the free text; the incident still counts */
              textRemovedAt: string | null;
              districtIds: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The programmes with their aggregates: participants, open, closed, with a goal met, started per year; counts below 5 suppressed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** @enum {string} */
              kind: 'sig' | 'defector_support' | 'team' | 'own';
              name: string;
              description: string;
              ownerOrganisationId: string | null;
              ownerUserId: string | null;
              /** @enum {string} */
              status: 'active' | 'dormant' | 'ended';
              plannedRestartOn: string | null;
              startsOn: string | null;
              endsOn: string | null;
              schoolLevel: ('preschool' | 'compulsory' | 'upper_secondary') | null;
              staffMembers: {
                name: string;
                role: string;
              }[];
              measureIds: string[];
              effortIds: string[];
              partnerOrganisationIds: string[];
              isSynthetic: boolean;
              createdAt: string;
              updatedAt: string;
              aggregates: {
                /** Format: uuid */
                programmeId: string;
                /** @description A count about people: below 5 it is suppressed ("färre än 5") and value is null */
                participants: {
                  value: number | null;
                  isSuppressed: boolean;
                };
                /** @description A count about people: below 5 it is suppressed ("färre än 5") and value is null */
                open: {
                  value: number | null;
                  isSuppressed: boolean;
                };
                /** @description A count about people: below 5 it is suppressed ("färre än 5") and value is null */
                closed: {
                  value: number | null;
                  isSuppressed: boolean;
                };
                /** @description A count about people: below 5 it is suppressed ("färre än 5") and value is null */
                withGoalMet: {
                  value: number | null;
                  isSuppressed: boolean;
                };
                startedByYear: {
                  year: number;
                  /** @description A count about people: below 5 it is suppressed ("färre än 5") and value is null */
                  count: {
                    value: number | null;
                    isSuppressed: boolean;
                  };
                }[];
              };
            }[];
          };
        };
      };
    };
    put?: never;
    /** Set up a programme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'sig' | 'defector_support' | 'team' | 'own';
            name: string;
            description?: string;
            ownerOrganisationId?: string | null;
            /** @description A caseworker: reads every case and reviews nödåtkomst */
            ownerUserId?: string | null;
            /** @enum {string} */
            status?: 'active' | 'dormant' | 'ended';
            plannedRestartOn?: string | null;
            startsOn?: string | null;
            endsOn?: string | null;
            schoolLevel?: ('preschool' | 'compulsory' | 'upper_secondary') | null;
            staffMembers?: {
              name: string;
              role: string;
            }[];
            measureIds?: string[];
            effortIds?: string[];
            partnerOrganisationIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** @enum {string} */
              kind: 'sig' | 'defector_support' | 'team' | 'own';
              name: string;
              description: string;
              ownerOrganisationId: string | null;
              ownerUserId: string | null;
              /** @enum {string} */
              status: 'active' | 'dormant' | 'ended';
              plannedRestartOn: string | null;
              startsOn: string | null;
              endsOn: string | null;
              schoolLevel: ('preschool' | 'compulsory' | 'upper_secondary') | null;
              staffMembers: {
                name: string;
                role: string;
              }[];
              measureIds: string[];
              effortIds: string[];
              partnerOrganisationIds: string[];
              isSynthetic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a programme: status (dormant with a planned restart, ended), owner, links */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            ownerOrganisationId?: string | null;
            /** @description A caseworker: reads every case and reviews nödåtkomst */
            ownerUserId?: string | null;
            /** @enum {string} */
            status?: 'active' | 'dormant' | 'ended';
            plannedRestartOn?: string | null;
            startsOn?: string | null;
            endsOn?: string | null;
            schoolLevel?: ('preschool' | 'compulsory' | 'upper_secondary') | null;
            staffMembers?: {
              name: string;
              role: string;
            }[];
            measureIds?: string[];
            effortIds?: string[];
            partnerOrganisationIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** @enum {string} */
              kind: 'sig' | 'defector_support' | 'team' | 'own';
              name: string;
              description: string;
              ownerOrganisationId: string | null;
              ownerUserId: string | null;
              /** @enum {string} */
              status: 'active' | 'dormant' | 'ended';
              plannedRestartOn: string | null;
              startsOn: string | null;
              endsOn: string | null;
              schoolLevel: ('preschool' | 'compulsory' | 'upper_secondary') | null;
              staffMembers: {
                name: string;
                role: string;
              }[];
              measureIds: string[];
              effortIds: string[];
              partnerOrganisationIds: string[];
              isSynthetic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/intervention-cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's cases: assigned, or of a programme the caller owns */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              /** @enum {string} */
              identityKind: 'personnummer' | 'samordningsnummer' | 'protected';
              /** @description Null once erased by retention */
              identity: {
                /** @enum {string} */
                kind: 'personnummer' | 'samordningsnummer' | 'protected';
                number: string | null;
                name: string;
                guardians: {
                  name: string;
                  phone: string | null;
                }[];
              } | null;
              /** @enum {string} */
              ageGroup: 'under_15' | '15_17' | '18_20' | '21_and_over';
              protectionNeed: ('none' | 'low' | 'medium' | 'high') | null;
              threatAssessment: string | null;
              agreementSignedOn: string | null;
              /** @enum {string} */
              status: 'open' | 'closed';
              closingReason:
                ('goals_met' | 'left_programme' | 'consent_withdrawn' | 'moved' | 'other') | null;
              openedOn: string;
              closedOn: string | null;
              isSynthetic: boolean;
              erasedAt: string | null;
              assignedUserIds: string[];
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Open a case for a participant; the caller is assigned */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            programmeId: string;
            identity: {
              /** @enum {string} */
              kind: 'personnummer' | 'samordningsnummer' | 'protected';
              /** @description Personnummer or samordningsnummer, 12 digits */
              number?: string | null;
              name: string;
              guardians?: {
                name: string;
                phone?: string | null;
              }[];
            };
            /** @enum {string} */
            ageGroup: 'under_15' | '15_17' | '18_20' | '21_and_over';
            protectionNeed?: ('none' | 'low' | 'medium' | 'high') | null;
            threatAssessment?: string | null;
            agreementSignedOn?: string | null;
            /**
             * Format: date
             * @example 2026-03-10
             */
            openedOn?: string;
            assignedUserIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              /** @enum {string} */
              identityKind: 'personnummer' | 'samordningsnummer' | 'protected';
              /** @description Null once erased by retention */
              identity: {
                /** @enum {string} */
                kind: 'personnummer' | 'samordningsnummer' | 'protected';
                number: string | null;
                name: string;
                guardians: {
                  name: string;
                  phone: string | null;
                }[];
              } | null;
              /** @enum {string} */
              ageGroup: 'under_15' | '15_17' | '18_20' | '21_and_over';
              protectionNeed: ('none' | 'low' | 'medium' | 'high') | null;
              threatAssessment: string | null;
              agreementSignedOn: string | null;
              /** @enum {string} */
              status: 'open' | 'closed';
              closingReason:
                ('goals_met' | 'left_programme' | 'consent_withdrawn' | 'moved' | 'other') | null;
              openedOn: string;
              closedOn: string | null;
              isSynthetic: boolean;
              erasedAt: string | null;
              assignedUserIds: string[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Find the cases of a personnummer or samordningsnummer (by its keyed hash) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'personnummer' | 'samordningsnummer';
            number: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              caseId: string;
              /** Format: uuid */
              programmeId: string;
              isReadable: boolean;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case with consents, plan, notes and disclosures (the read is audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              /** @enum {string} */
              identityKind: 'personnummer' | 'samordningsnummer' | 'protected';
              /** @description Null once erased by retention */
              identity: {
                /** @enum {string} */
                kind: 'personnummer' | 'samordningsnummer' | 'protected';
                number: string | null;
                name: string;
                guardians: {
                  name: string;
                  phone: string | null;
                }[];
              } | null;
              /** @enum {string} */
              ageGroup: 'under_15' | '15_17' | '18_20' | '21_and_over';
              protectionNeed: ('none' | 'low' | 'medium' | 'high') | null;
              threatAssessment: string | null;
              agreementSignedOn: string | null;
              /** @enum {string} */
              status: 'open' | 'closed';
              closingReason:
                ('goals_met' | 'left_programme' | 'consent_withdrawn' | 'moved' | 'other') | null;
              openedOn: string;
              closedOn: string | null;
              isSynthetic: boolean;
              erasedAt: string | null;
              assignedUserIds: string[];
              createdAt: string;
              updatedAt: string;
              /** @enum {string} */
              via: 'assignment' | 'programme_owner' | 'emergency_access';
              consents: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                /** @enum {string} */
                agency:
                  | 'police'
                  | 'school'
                  | 'health_care'
                  | 'employment_service'
                  | 'probation_service'
                  | 'housing_company'
                  | 'other_municipality'
                  | 'other';
                /** @enum {string} */
                givenBy: 'participant' | 'guardian';
                scope: string | null;
                givenOn: string;
                expiresOn: string | null;
                withdrawnAt: string | null;
                recordedByUserId: string | null;
                recordedAt: string;
              }[];
              planItems: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                /** @enum {string} */
                kind: 'goal' | 'intervention';
                text: string | null;
                responsible: string | null;
                dueOn: string | null;
                followUpOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'in_progress' | 'done' | 'met' | 'not_met';
                position: number;
                createdAt: string;
                updatedAt: string;
              }[];
              notes: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                text: string | null;
                writtenByUserId: string | null;
                writtenAt: string;
              }[];
              disclosures: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                /** @enum {string} */
                recipientAgency:
                  | 'police'
                  | 'school'
                  | 'health_care'
                  | 'employment_service'
                  | 'probation_service'
                  | 'housing_company'
                  | 'other_municipality'
                  | 'other';
                /** @enum {string} */
                legalGround: 'consent' | 'osl_10_18a';
                consentId: string | null;
                what: string | null;
                disclosedOn: string;
                recordedByUserId: string | null;
                recordedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change assigned caseworkers, threat, protection need, agreement */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assignedUserIds?: string[];
            protectionNeed?: ('none' | 'low' | 'medium' | 'high') | null;
            threatAssessment?: string | null;
            agreementSignedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              /** @enum {string} */
              identityKind: 'personnummer' | 'samordningsnummer' | 'protected';
              /** @description Null once erased by retention */
              identity: {
                /** @enum {string} */
                kind: 'personnummer' | 'samordningsnummer' | 'protected';
                number: string | null;
                name: string;
                guardians: {
                  name: string;
                  phone: string | null;
                }[];
              } | null;
              /** @enum {string} */
              ageGroup: 'under_15' | '15_17' | '18_20' | '21_and_over';
              protectionNeed: ('none' | 'low' | 'medium' | 'high') | null;
              threatAssessment: string | null;
              agreementSignedOn: string | null;
              /** @enum {string} */
              status: 'open' | 'closed';
              closingReason:
                ('goals_met' | 'left_programme' | 'consent_withdrawn' | 'moved' | 'other') | null;
              openedOn: string;
              closedOn: string | null;
              isSynthetic: boolean;
              erasedAt: string | null;
              assignedUserIds: string[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/intervention-cases/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a case with its reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            closingReason: 'goals_met' | 'left_programme' | 'consent_withdrawn' | 'moved' | 'other';
            /**
             * Format: date
             * @example 2026-03-10
             */
            closedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              municipalityId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              /** @enum {string} */
              identityKind: 'personnummer' | 'samordningsnummer' | 'protected';
              /** @description Null once erased by retention */
              identity: {
                /** @enum {string} */
                kind: 'personnummer' | 'samordningsnummer' | 'protected';
                number: string | null;
                name: string;
                guardians: {
                  name: string;
                  phone: string | null;
                }[];
              } | null;
              /** @enum {string} */
              ageGroup: 'under_15' | '15_17' | '18_20' | '21_and_over';
              protectionNeed: ('none' | 'low' | 'medium' | 'high') | null;
              threatAssessment: string | null;
              agreementSignedOn: string | null;
              /** @enum {string} */
              status: 'open' | 'closed';
              closingReason:
                ('goals_met' | 'left_programme' | 'consent_withdrawn' | 'moved' | 'other') | null;
              openedOn: string;
              closedOn: string | null;
              isSynthetic: boolean;
              erasedAt: string | null;
              assignedUserIds: string[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a consent to share with one agency */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            agency:
              | 'police'
              | 'school'
              | 'health_care'
              | 'employment_service'
              | 'probation_service'
              | 'housing_company'
              | 'other_municipality'
              | 'other';
            /** @enum {string} */
            givenBy: 'participant' | 'guardian';
            scope?: string | null;
            /**
             * Format: date
             * @example 2026-03-10
             */
            givenOn: string;
            expiresOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @enum {string} */
              agency:
                | 'police'
                | 'school'
                | 'health_care'
                | 'employment_service'
                | 'probation_service'
                | 'housing_company'
                | 'other_municipality'
                | 'other';
              /** @enum {string} */
              givenBy: 'participant' | 'guardian';
              scope: string | null;
              givenOn: string;
              expiresOn: string | null;
              withdrawnAt: string | null;
              recordedByUserId: string | null;
              recordedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/consents/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a consent: sharing with that agency stops at once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            consentId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @enum {string} */
              agency:
                | 'police'
                | 'school'
                | 'health_care'
                | 'employment_service'
                | 'probation_service'
                | 'housing_company'
                | 'other_municipality'
                | 'other';
              /** @enum {string} */
              givenBy: 'participant' | 'guardian';
              scope: string | null;
              givenOn: string;
              expiresOn: string | null;
              withdrawnAt: string | null;
              recordedByUserId: string | null;
              recordedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/disclosures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record information passed to an agency; refused unless a consent in force or the 2013 rule covers it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            recipientAgency:
              | 'police'
              | 'school'
              | 'health_care'
              | 'employment_service'
              | 'probation_service'
              | 'housing_company'
              | 'other_municipality'
              | 'other';
            /** @enum {string} */
            legalGround: 'consent' | 'osl_10_18a';
            what: string;
            /**
             * Format: date
             * @example 2026-03-10
             */
            disclosedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @enum {string} */
              recipientAgency:
                | 'police'
                | 'school'
                | 'health_care'
                | 'employment_service'
                | 'probation_service'
                | 'housing_company'
                | 'other_municipality'
                | 'other';
              /** @enum {string} */
              legalGround: 'consent' | 'osl_10_18a';
              consentId: string | null;
              what: string | null;
              disclosedOn: string;
              recordedByUserId: string | null;
              recordedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/plan-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a goal or intervention to the individual plan, or change one (planItemId) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            planItemId?: string;
            /** @enum {string} */
            kind?: 'goal' | 'intervention';
            text?: string;
            responsible?: string | null;
            dueOn?: string | null;
            followUpOn?: string | null;
            /** @enum {string} */
            status?: 'planned' | 'in_progress' | 'done' | 'met' | 'not_met';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** @enum {string} */
              kind: 'goal' | 'intervention';
              text: string | null;
              responsible: string | null;
              dueOn: string | null;
              followUpOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'done' | 'met' | 'not_met';
              position: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a note to the case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              text: string | null;
              writtenByUserId: string | null;
              writtenAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/emergency-access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Nödåtkomst: open a case one is not assigned to, for a limited time, with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** Format: uuid */
              userId: string;
              grantedAt: string;
              expiresAt: string;
              reviewedAt: string | null;
              reviewedByUserId: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-cases/{id}/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The case's own access log from the audit chain, for its caseworkers and owner */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              at: string;
              action: string;
              outcome: string;
              actorUserId: string | null;
              actorDisplayName: string | null;
              via: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow-ups of individual plans due within two weeks on the caller's own cases (no identity) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              caseId: string;
              /** Format: uuid */
              planItemId: string;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              followUpOn: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The week's nödåtkomst to cases of programmes the caller owns, for review */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              caseId: string;
              /** Format: uuid */
              userId: string;
              grantedAt: string;
              expiresAt: string;
              reviewedAt: string | null;
              reviewedByUserId: string | null;
              reason: string | null;
              /** Format: uuid */
              programmeId: string;
              programmeName: string;
              userDisplayName: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/intervention-reviews/{id}/reviewed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a nödåtkomst as reviewed by the programme owner */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              reviewedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/situation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A period's counts per district and category, against the baseline, with the largest changes */
    get: {
      parameters: {
        query: {
          period?: 'week' | 'month' | 'tertial' | 'year' | 'custom';
          /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
          key: string;
          lang?: 'sv' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              period: {
                /** @enum {string} */
                kind: 'week' | 'month' | 'tertial' | 'year' | 'custom';
                key: string;
                from: string;
                to: string;
              };
              previousPeriod: {
                /** @enum {string} */
                kind: 'week' | 'month' | 'tertial' | 'year' | 'custom';
                key: string;
                from: string;
                to: string;
              };
              baselinePeriods: number;
              lastYearPeriod: {
                /** @enum {string} */
                kind: 'week' | 'month' | 'tertial' | 'year' | 'custom';
                key: string;
                from: string;
                to: string;
              } | null;
              rows: {
                districtId: string | null;
                categoryCode: string;
                count: number | null;
                previousCount: number | null;
                baselineMean: number | null;
                lastYearCount: number | null;
                changeFromPrevious: number | null;
                changeFromBaseline: number | null;
              }[];
              largestChanges: {
                districtId: string | null;
                categoryCode: string;
                count: number | null;
                previousCount: number | null;
                baselineMean: number | null;
                lastYearCount: number | null;
                changeFromPrevious: number | null;
                changeFromBaseline: number | null;
                /** @enum {string} */
                direction: 'rise' | 'fall';
                score: number;
                sentence: string;
              }[];
              weekdayHour: (number | null)[][];
              hasSmallCountsHidden: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/situation/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same picture as a PDF (A4) for the meeting papers: changes, map, tables */
    get: {
      parameters: {
        query: {
          period?: 'week' | 'month' | 'tertial' | 'year' | 'custom';
          /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
          key: string;
          lang?: 'sv' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The situation picture as a PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest imports, with every rejected row */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              runs: {
                id: string;
                /** @enum {string} */
                source: 'police_events' | 'csv';
                fileName: string;
                /** @enum {string} */
                status: 'completed' | 'rejected' | 'unfinished';
                counts: {
                  read: number;
                  inserted: number;
                  updated: number;
                  unchanged: number;
                  rejected: number;
                  /** @description Records left out on purpose, by code: county_only, other_municipality, not_an_incident */
                  skipped: {
                    [key: string]: number;
                  };
                  warnings: {
                    /** @description Stable; render it in the user's language. Today: file_not_csv, too_many_columns, line_too_long, missing_columns, not_event_list, invalid_event, repeated_event_id, invalid_time, invalid_end_time, invalid_coordinates, unknown_category_value, no_place, unknown_district, invalid_people_count, time_in_future, category_not_in_taxonomy, category_retired, outside_municipality, unmapped_police_type, body_unused, uncoded */
                    code: string;
                    params: {
                      [key: string]: string | number;
                    };
                    /** @description The problem in English, for clients that do not know the code */
                    message: string;
                  }[];
                };
                rejectedRows: {
                  /** @description The line (CSV) or position from 1 (JSON); 0: the whole file */
                  line: number;
                  sourceId: string | null;
                  problems: {
                    /** @description Stable; render it in the user's language. Today: file_not_csv, too_many_columns, line_too_long, missing_columns, not_event_list, invalid_event, repeated_event_id, invalid_time, invalid_end_time, invalid_coordinates, unknown_category_value, no_place, unknown_district, invalid_people_count, time_in_future, category_not_in_taxonomy, category_retired, outside_municipality, unmapped_police_type, body_unused, uncoded */
                    code: string;
                    params: {
                      [key: string]: string | number;
                    };
                    /** @description The problem in English, for clients that do not know the code */
                    message: string;
                  }[];
                  /** @description Every problem in one English sentence */
                  reason: string;
                }[];
                startedAt: string;
                finishedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/police-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import the police's events (polisen.se/api/events format); re-running changes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fileName: string;
            /** Format: uuid */
            organisationId: string;
            events: unknown;
            bodies?: string;
            /** @default false */
            isSkippingBadRows?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              source: 'police_events' | 'csv';
              fileName: string;
              /** @enum {string} */
              status: 'completed' | 'rejected' | 'unfinished';
              counts: {
                read: number;
                inserted: number;
                updated: number;
                unchanged: number;
                rejected: number;
                /** @description Records left out on purpose, by code: county_only, other_municipality, not_an_incident */
                skipped: {
                  [key: string]: number;
                };
                warnings: {
                  /** @description Stable; render it in the user's language. Today: file_not_csv, too_many_columns, line_too_long, missing_columns, not_event_list, invalid_event, repeated_event_id, invalid_time, invalid_end_time, invalid_coordinates, unknown_category_value, no_place, unknown_district, invalid_people_count, time_in_future, category_not_in_taxonomy, category_retired, outside_municipality, unmapped_police_type, body_unused, uncoded */
                  code: string;
                  params: {
                    [key: string]: string | number;
                  };
                  /** @description The problem in English, for clients that do not know the code */
                  message: string;
                }[];
              };
              rejectedRows: {
                /** @description The line (CSV) or position from 1 (JSON); 0: the whole file */
                line: number;
                sourceId: string | null;
                problems: {
                  /** @description Stable; render it in the user's language. Today: file_not_csv, too_many_columns, line_too_long, missing_columns, not_event_list, invalid_event, repeated_event_id, invalid_time, invalid_end_time, invalid_coordinates, unknown_category_value, no_place, unknown_district, invalid_people_count, time_in_future, category_not_in_taxonomy, category_retired, outside_municipality, unmapped_police_type, body_unused, uncoded */
                  code: string;
                  params: {
                    [key: string]: string | number;
                  };
                  /** @description The problem in English, for clients that do not know the code */
                  message: string;
                }[];
                /** @description Every problem in one English sentence */
                reason: string;
              }[];
              startedAt: string;
              finishedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import-profiles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved CSV column mappings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              profiles: {
                name: string;
                columns: {
                  id?: string;
                  occurredAt: string;
                  occurredUntil?: string;
                  longitude?: string;
                  latitude?: string;
                  address?: string;
                  district?: string;
                  category: string;
                  description?: string;
                  peopleCount?: string;
                };
                /** @default {} */
                categoryValues: {
                  [key: string]: string;
                };
                id: string;
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Save a CSV column mapping (with id: change it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            columns: {
              id?: string;
              occurredAt: string;
              occurredUntil?: string;
              longitude?: string;
              latitude?: string;
              address?: string;
              district?: string;
              category: string;
              description?: string;
              peopleCount?: string;
            };
            /** @default {} */
            categoryValues?: {
              [key: string]: string;
            };
            /** Format: uuid */
            id?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              columns: {
                id?: string;
                occurredAt: string;
                occurredUntil?: string;
                longitude?: string;
                latitude?: string;
                address?: string;
                district?: string;
                category: string;
                description?: string;
                peopleCount?: string;
              };
              /** @default {} */
              categoryValues: {
                [key: string]: string;
              };
              id: string;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/csv/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The header and first rows of a CSV file, for mapping its columns */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              delimiter: ',' | ';' | '\t';
              headers: string[];
              rows: string[][];
              rowCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a CSV file with a saved profile or one given here; re-running changes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                fileName: string;
                text: string;
                /** Format: uuid */
                organisationId: string;
                /** Format: uuid */
                profileId?: string;
                profile?: {
                  name: string;
                  columns: {
                    id?: string;
                    occurredAt: string;
                    occurredUntil?: string;
                    longitude?: string;
                    latitude?: string;
                    address?: string;
                    district?: string;
                    category: string;
                    description?: string;
                    peopleCount?: string;
                  };
                  /** @default {} */
                  categoryValues?: {
                    [key: string]: string;
                  };
                };
                /** @default false */
                isSkippingBadRows?: boolean;
              }
            | unknown
            | unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              source: 'police_events' | 'csv';
              fileName: string;
              /** @enum {string} */
              status: 'completed' | 'rejected' | 'unfinished';
              counts: {
                read: number;
                inserted: number;
                updated: number;
                unchanged: number;
                rejected: number;
                /** @description Records left out on purpose, by code: county_only, other_municipality, not_an_incident */
                skipped: {
                  [key: string]: number;
                };
                warnings: {
                  /** @description Stable; render it in the user's language. Today: file_not_csv, too_many_columns, line_too_long, missing_columns, not_event_list, invalid_event, repeated_event_id, invalid_time, invalid_end_time, invalid_coordinates, unknown_category_value, no_place, unknown_district, invalid_people_count, time_in_future, category_not_in_taxonomy, category_retired, outside_municipality, unmapped_police_type, body_unused, uncoded */
                  code: string;
                  params: {
                    [key: string]: string | number;
                  };
                  /** @description The problem in English, for clients that do not know the code */
                  message: string;
                }[];
              };
              rejectedRows: {
                /** @description The line (CSV) or position from 1 (JSON); 0: the whole file */
                line: number;
                sourceId: string | null;
                problems: {
                  /** @description Stable; render it in the user's language. Today: file_not_csv, too_many_columns, line_too_long, missing_columns, not_event_list, invalid_event, repeated_event_id, invalid_time, invalid_end_time, invalid_coordinates, unknown_category_value, no_place, unknown_district, invalid_people_count, time_in_future, category_not_in_taxonomy, category_retired, outside_municipality, unmapped_police_type, body_unused, uncoded */
                  code: string;
                  params: {
                    [key: string]: string | number;
                  };
                  /** @description The problem in English, for clients that do not know the code */
                  message: string;
                }[];
                /** @description Every problem in one English sentence */
                reason: string;
              }[];
              startedAt: string;
              finishedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/police-type-mappings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The default police type → category mapping and the municipality’s own entries */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              defaults: {
                /** @description The police event type, as the feed writes it ("Mord/dråp") */
                policeType: string;
                /** @description A category code of the taxonomy; null: the type is not an incident */
                categoryCode: string | null;
              }[];
              own: {
                /** @description The police event type, as the feed writes it ("Mord/dråp") */
                policeType: string;
                /** @description A category code of the taxonomy; null: the type is not an incident */
                categoryCode: string | null;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    /** Set the municipality’s own category for a police event type */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            policeType: string;
            categoryCode: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The police event type, as the feed writes it ("Mord/dråp") */
              policeType: string;
              /** @description A category code of the taxonomy; null: the type is not an incident */
              categoryCode: string | null;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Go back to the default category for a police event type */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            policeType: string;
          };
        };
      };
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register, newest first, with text (coordinators and analysts; audited); at most 1,000, x-tryggve-truncated says when more matched */
    get: {
      parameters: {
        query?: {
          status?: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed' | 'open';
          categoryCode?: string;
          districtId?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              categoryCode: string;
              districtId: string | null;
              observedAt: string;
              description: string;
              personalDataKinds: string[];
              /** @enum {string} */
              source: 'meeting' | 'staff' | 'partner' | 'police' | 'public' | 'other';
              sourceOrganisationId: string | null;
              credibility: ('confirmed' | 'probable' | 'possible' | 'doubtful') | null;
              seriousness: ('low' | 'medium' | 'high') | null;
              /** @enum {string} */
              status: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed';
              followUp: string;
              incidentIds: string[];
              alarmKeys: string[];
              registeredByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /** @description When retention removed the text of the closed signal; it still counts */
              textRemovedAt: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Register a signal; personal data in the text is masked unless kept by a role that may */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryCode: string;
            districtId?: string | null;
            /** Format: date-time */
            observedAt: string;
            description: string;
            /** @enum {string} */
            source: 'meeting' | 'staff' | 'partner' | 'police' | 'public' | 'other';
            sourceOrganisationId?: string | null;
            credibility?: ('confirmed' | 'probable' | 'possible' | 'doubtful') | null;
            seriousness?: ('low' | 'medium' | 'high') | null;
            incidentIds?: string[];
            alarmKeys?: string[];
            isPersonalDataKept?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              categoryCode: string;
              districtId: string | null;
              observedAt: string;
              description: string;
              personalDataKinds: string[];
              /** @enum {string} */
              source: 'meeting' | 'staff' | 'partner' | 'police' | 'public' | 'other';
              sourceOrganisationId: string | null;
              credibility: ('confirmed' | 'probable' | 'possible' | 'doubtful') | null;
              seriousness: ('low' | 'medium' | 'high') | null;
              /** @enum {string} */
              status: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed';
              followUp: string;
              incidentIds: string[];
              alarmKeys: string[];
              registeredByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /** @description When retention removed the text of the closed signal; it still counts */
              textRemovedAt: string | null;
              /** @description Kinds of personal data that were masked in the description */
              maskedKinds: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signals/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signals observed in a period by category, district and status: for every role */
    get: {
      parameters: {
        query: {
          period?: 'week' | 'month' | 'tertial' | 'year' | 'custom';
          /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
          key: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              from: string;
              to: string;
              counts: {
                categoryCode: string;
                districtId: string | null;
                /** @enum {string} */
                status: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed';
                count: number | null;
              }[];
              hasSmallCountsHidden: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/signals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One signal with its text (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              categoryCode: string;
              districtId: string | null;
              observedAt: string;
              description: string;
              personalDataKinds: string[];
              /** @enum {string} */
              source: 'meeting' | 'staff' | 'partner' | 'police' | 'public' | 'other';
              sourceOrganisationId: string | null;
              credibility: ('confirmed' | 'probable' | 'possible' | 'doubtful') | null;
              seriousness: ('low' | 'medium' | 'high') | null;
              /** @enum {string} */
              status: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed';
              followUp: string;
              incidentIds: string[];
              alarmKeys: string[];
              registeredByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /** @description When retention removed the text of the closed signal; it still counts */
              textRemovedAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Assess and follow up a signal: credibility, seriousness, status, notes, links */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                categoryCode?: string;
                districtId?: string | null;
                /** Format: date-time */
                observedAt?: string;
                description?: string;
                /** @enum {string} */
                source?: 'meeting' | 'staff' | 'partner' | 'police' | 'public' | 'other';
                sourceOrganisationId?: string | null;
                credibility?: ('confirmed' | 'probable' | 'possible' | 'doubtful') | null;
                seriousness?: ('low' | 'medium' | 'high') | null;
                incidentIds?: string[];
                alarmKeys?: string[];
                isPersonalDataKept?: boolean;
                /** @enum {string} */
                status?: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed';
                followUp?: string;
              }
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown
            | unknown;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              categoryCode: string;
              districtId: string | null;
              observedAt: string;
              description: string;
              personalDataKinds: string[];
              /** @enum {string} */
              source: 'meeting' | 'staff' | 'partner' | 'police' | 'public' | 'other';
              sourceOrganisationId: string | null;
              credibility: ('confirmed' | 'probable' | 'possible' | 'doubtful') | null;
              seriousness: ('low' | 'medium' | 'high') | null;
              /** @enum {string} */
              status: 'new' | 'assessed' | 'following_up' | 'acted_on' | 'closed';
              followUp: string;
              incidentIds: string[];
              alarmKeys: string[];
              registeredByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /** @description When retention removed the text of the closed signal; it still counts */
              textRemovedAt: string | null;
              /** @description Kinds of personal data that were masked in the description */
              maskedKinds: string[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/alarms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A week's alarms per district and category, each explained in a sentence */
    get: {
      parameters: {
        query: {
          /** @description An ISO week: 2026-W48 */
          key: string;
          lang?: 'sv' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              period: {
                /** @enum {string} */
                kind: 'week' | 'month' | 'tertial' | 'year' | 'custom';
                key: string;
                from: string;
                to: string;
              };
              settings: {
                /**
                 * @description EARS variant for series without three years of history
                 * @enum {string}
                 */
                method: 'C1' | 'C2' | 'C3';
                minimumCount: number;
                /** @description The least standard deviation EARS assumes; 1 keeps a flat baseline from alarming on any rise */
                minimumSigma: number;
                falseDiscoveryRate: number;
                isSeasonalEnabled: boolean;
                /**
                 * @description The seasonal method's threshold: nbPlugin (Noufaily et al. 2013, the default), delta (R's default) or muan
                 * @default nbPlugin
                 * @enum {string}
                 */
                seasonalThreshold: 'nbPlugin' | 'delta' | 'muan';
                /**
                 * @description The power transform of the delta threshold
                 * @default 2/3
                 * @enum {string}
                 */
                seasonalPowerTransform: '2/3' | '1/2' | 'none';
                categories: {
                  [key: string]: {
                    isEnabled: boolean;
                    minimumCount: number | null;
                  };
                };
                hotSpotResolution: number;
                hotSpotFalseDiscoveryRate: number;
                heatBandwidthMeters: number;
              };
              hasSeasonalHistory: boolean;
              /** @description District × category series tested this week */
              tested: number;
              alarms: {
                /** @description week|district id (empty: whole municipality)|category code */
                key: string;
                districtId: string | null;
                categoryCode: string;
                /** @enum {string} */
                method: 'C1' | 'C2' | 'C3' | 'farrington';
                observed: number;
                expected: number;
                threshold: number;
                pValue: number;
                adjustedPValue: number;
                sentence: string;
                decision: {
                  id: string;
                  alarmKey: string;
                  /** @enum {string} */
                  decision: 'acknowledged' | 'dismissed';
                  /** @description Empty for roles that see aggregates only */
                  comment: string;
                  /** @description null for roles that see aggregates only */
                  decidedByUserId: string | null;
                  decidedAt: string;
                } | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/alarms/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge or dismiss an alarm of a week, with a comment (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An ISO week: 2026-W48 */
            periodKey: string;
            /** @description null: the alarm for the whole municipality */
            districtId: string | null;
            categoryCode: string;
            /** @enum {string} */
            decision: 'acknowledged' | 'dismissed';
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              alarmKey: string;
              /** @enum {string} */
              decision: 'acknowledged' | 'dismissed';
              /** @description Empty for roles that see aggregates only */
              comment: string;
              /** @description null for roles that see aggregates only */
              decidedByUserId: string | null;
              decidedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/early-warning/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How alarms are found: method, minimum counts, false discovery rate, categories */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description EARS variant for series without three years of history
               * @enum {string}
               */
              method: 'C1' | 'C2' | 'C3';
              minimumCount: number;
              /** @description The least standard deviation EARS assumes; 1 keeps a flat baseline from alarming on any rise */
              minimumSigma: number;
              falseDiscoveryRate: number;
              isSeasonalEnabled: boolean;
              /**
               * @description The seasonal method's threshold: nbPlugin (Noufaily et al. 2013, the default), delta (R's default) or muan
               * @default nbPlugin
               * @enum {string}
               */
              seasonalThreshold: 'nbPlugin' | 'delta' | 'muan';
              /**
               * @description The power transform of the delta threshold
               * @default 2/3
               * @enum {string}
               */
              seasonalPowerTransform: '2/3' | '1/2' | 'none';
              categories: {
                [key: string]: {
                  isEnabled: boolean;
                  minimumCount: number | null;
                };
              };
              hotSpotResolution: number;
              hotSpotFalseDiscoveryRate: number;
              heatBandwidthMeters: number;
            };
          };
        };
      };
    };
    /** Change how alarms are found (admins and coordinators; audited) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description EARS variant for series without three years of history
             * @enum {string}
             */
            method: 'C1' | 'C2' | 'C3';
            minimumCount: number;
            /** @description The least standard deviation EARS assumes; 1 keeps a flat baseline from alarming on any rise */
            minimumSigma: number;
            falseDiscoveryRate: number;
            isSeasonalEnabled: boolean;
            /**
             * @description The seasonal method's threshold: nbPlugin (Noufaily et al. 2013, the default), delta (R's default) or muan
             * @default nbPlugin
             * @enum {string}
             */
            seasonalThreshold?: 'nbPlugin' | 'delta' | 'muan';
            /**
             * @description The power transform of the delta threshold
             * @default 2/3
             * @enum {string}
             */
            seasonalPowerTransform?: '2/3' | '1/2' | 'none';
            categories: {
              [key: string]: {
                isEnabled: boolean;
                minimumCount: number | null;
              };
            };
            hotSpotResolution: number;
            hotSpotFalseDiscoveryRate: number;
            heatBandwidthMeters: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description EARS variant for series without three years of history
               * @enum {string}
               */
              method: 'C1' | 'C2' | 'C3';
              minimumCount: number;
              /** @description The least standard deviation EARS assumes; 1 keeps a flat baseline from alarming on any rise */
              minimumSigma: number;
              falseDiscoveryRate: number;
              isSeasonalEnabled: boolean;
              /**
               * @description The seasonal method's threshold: nbPlugin (Noufaily et al. 2013, the default), delta (R's default) or muan
               * @default nbPlugin
               * @enum {string}
               */
              seasonalThreshold: 'nbPlugin' | 'delta' | 'muan';
              /**
               * @description The power transform of the delta threshold
               * @default 2/3
               * @enum {string}
               */
              seasonalPowerTransform: '2/3' | '1/2' | 'none';
              categories: {
                [key: string]: {
                  isEnabled: boolean;
                  minimumCount: number | null;
                };
              };
              hotSpotResolution: number;
              hotSpotFalseDiscoveryRate: number;
              heatBandwidthMeters: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hot-spots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Getis-Ord Gi* over the municipality's H3 cells for a period, as GeoJSON */
    get: {
      parameters: {
        query: {
          period?: 'week' | 'month' | 'tertial' | 'year' | 'custom';
          /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
          key: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              type: 'FeatureCollection';
              resolution: number;
              falseDiscoveryRate: number;
              /** @description Counted incidents with a point in the period */
              points: number;
              /** @description Of those, how many lie outside the grid */
              outside: number;
              features: {
                /** @enum {string} */
                type: 'Feature';
                id: string;
                geometry: {
                  /** @enum {string} */
                  type: 'Polygon';
                  coordinates: number[][][];
                };
                properties: {
                  /** @description null: fewer than 3, for roles that see aggregates only */
                  count: number | null;
                  z: number;
                  p: number;
                  q: number;
                  /** @enum {string} */
                  kind: 'hot' | 'cold' | 'none';
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/heat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A kernel density surface (quartic) of the period, for the heat layer */
    get: {
      parameters: {
        query: {
          period?: 'week' | 'month' | 'tertial' | 'year' | 'custom';
          /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
          key: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              type: 'FeatureCollection';
              bandwidthMeters: number;
              cellSizeMeters: number;
              /** @description The highest density, incidents per km² */
              maximum: number;
              features: {
                /** @enum {string} */
                type: 'Feature';
                geometry: {
                  /** @enum {string} */
                  type: 'Point';
                  coordinates: number[];
                };
                properties: {
                  /** @description Incidents per km² */
                  density: number;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/near-repeat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Knox test and near-repeat table (distance × time bands) for a category and period, with the seed that reproduces it */
    get: {
      parameters: {
        query: {
          category: string;
          period?: 'week' | 'month' | 'tertial' | 'year' | 'custom';
          /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
          key: string;
          distanceBand?: number;
          distanceBands?: number;
          dayBand?: number;
          dayBands?: number;
          permutations?: number;
          seed?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              period: {
                /** @enum {string} */
                kind: 'week' | 'month' | 'tertial' | 'year' | 'custom';
                key: string;
                from: string;
                to: string;
              };
              categoryCode: string;
              /** @description Events with an exact point that took part */
              events: number;
              /** @description Events without an exact point, by location precision */
              leftOut: {
                [key: string]: number;
              };
              seed: number;
              permutations: number;
              distanceBand: number;
              distanceBands: number;
              dayBand: number;
              dayBands: number;
              knox: {
                observed: number;
                expected: number;
                ratio: number | null;
                pValue: number;
                pairs: number;
              } | null;
              table: {
                observed: (number | null)[][];
                expected: (number | null)[][];
                ratio: (number | null)[][];
                pValue: (number | null)[][];
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's plans with their status today; drafts first */
    get: {
      parameters: {
        query?: {
          status?: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
          /** @description One plan's versions */
          lineageId?: string;
          /** @description Only each plan's newest version */
          latest?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
            }[];
          };
        };
      };
    };
    put?: never;
    /** Start a plan as a draft */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @enum {string} */
            kind: 'strategic_plan' | 'action_plan' | 'programme';
            owner: string;
            summary?: string;
            validFrom?: string | null;
            validUntil?: string | null;
            followUpIntervalMonths?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plan-contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The municipality's active users a coordinator may name as a measure's contact or a task's owner */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              displayName: string;
              organisationName: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version with its problems, goals, indicators, values, measures and snapshot */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
              problems: {
                id: string;
                planId: string;
                title: string;
                description: string;
                categoryCodes: string[];
                districtIds: string[];
                isPrioritised: boolean;
                position: number;
              }[];
              goals: {
                id: string;
                planId: string;
                title: string;
                description: string;
                position: number;
                indicators: {
                  id: string;
                  goalId: string;
                  planId: string;
                  name: string;
                  unit: string;
                  /**
                   * @description Which way is good
                   * @enum {string}
                   */
                  direction: 'up' | 'down';
                  baselineValue: number | null;
                  baselineOn: string | null;
                  targetValue: number | null;
                  targetOn: string | null;
                  computation: {
                    categoryCodes: string[];
                    /** @description Empty: the whole municipality */
                    districtIds: string[];
                    /** @enum {string} */
                    periodKind: 'year' | 'tertial';
                  } | null;
                  position: number;
                  values: {
                    id: string;
                    indicatorId: string;
                    planId: string;
                    measuredOn: string;
                    value: number;
                    /** @enum {string} */
                    source: 'manual' | 'csv' | 'picture';
                    /** @description The period of a computed value; the file and line of an imported one */
                    sourceDetail: string;
                    note: string;
                    recordedAt: string;
                    recordedByUserId: string | null;
                  }[];
                }[];
              }[];
              measures: {
                id: string;
                planId: string;
                problemId: string | null;
                cause: string;
                categoryCodes: string[];
                districtIds: string[];
                measure: string;
                operativeGoal: string;
                startsOn: string | null;
                endsOn: string | null;
                responsible: string;
                contactPerson: string;
                partners: string[];
                plannedHours: number | null;
                costSek: number | null;
                statusColour: ('green' | 'yellow' | 'red') | null;
                statusComment: string;
                statusUpdatedAt: string | null;
                statusUpdatedByUserId: string | null;
                goalIds: string[];
                position: number;
              }[];
              snapshot: {
                planId: string;
                periodKind: string;
                periodKey: string;
                /** @description The situation picture as it was when saved */
                picture: unknown;
                savedAt: string;
                savedByUserId: string | null;
              } | null;
              /** @description The newer plan of the same kind that took over from this one */
              supersededBy: {
                id: string;
                title: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft's own fields (an adopted plan is revised instead) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            /** @enum {string} */
            kind?: 'strategic_plan' | 'action_plan' | 'programme';
            owner?: string;
            summary?: string;
            validFrom?: string | null;
            validUntil?: string | null;
            followUpIntervalMonths?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/plans/{id}/adoption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the decision: body, day, diarienummer, validity; a revision replaces the version it revises */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decisionBody: 'municipal_council' | 'executive_board' | 'committee';
            decisionBodyName: string & (unknown & unknown);
            /**
             * Format: date
             * @example 2015-04-13
             */
            decidedOn: string;
            /** @description Diarienummer, checked against TRYGGVE_CASE_NUMBER_PATTERN */
            caseNumber: string;
            /**
             * Format: date
             * @example 2015-04-13
             */
            validFrom?: string;
            /**
             * Format: date
             * @example 2015-04-13
             */
            validUntil?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a revision: a new draft version copying the content of this one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/snapshot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save the situation picture of a period on a draft, as it is now */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            periodKind: 'week' | 'month' | 'tertial' | 'year' | 'custom';
            /** @description 2026-W48, 2026-11, 2026-T3, 2026 or 2026-11-01..2026-11-14 */
            periodKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              planId: string;
              periodKind: string;
              periodKey: string;
              /** @description The situation picture as it was when saved */
              picture: unknown;
              savedAt: string;
              savedByUserId: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/gaps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prioritised problems no effort addresses, goals without work, unevaluated efforts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              planId: string;
              prioritisedProblems: {
                problem: {
                  id: string;
                  planId: string;
                  title: string;
                  description: string;
                  categoryCodes: string[];
                  districtIds: string[];
                  isPrioritised: boolean;
                  position: number;
                };
                effortIds: string[];
                measureIds: string[];
              }[];
              /** @description Prioritised; no effort addresses them */
              unaddressedProblems: {
                problem: {
                  id: string;
                  planId: string;
                  title: string;
                  description: string;
                  categoryCodes: string[];
                  districtIds: string[];
                  isPrioritised: boolean;
                  position: number;
                };
                effortIds: string[];
                measureIds: string[];
              }[];
              goalsWithoutWork: {
                id: string;
                planId: string;
                title: string;
                description: string;
                position: number;
              }[];
              /** @description Still running; nobody has evaluated them */
              unevaluatedEfforts: {
                id: string;
                name: string;
                /** @enum {string} */
                level: 'local' | 'regional' | 'national';
                owner: string;
                targetGroup: string;
                evidenceBasis: string;
                /** @enum {string} */
                evaluation: 'none' | 'planned' | 'internal' | 'external' | 'research';
                evaluationNote: string;
                goalIds: string[];
                problemIds: string[];
                startedOn: string | null;
                endedOn: string | null;
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/problems': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a problem (cause) to a draft: categories, districts or free text */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            description?: string;
            categoryCodes?: string[];
            districtIds?: string[];
            isPrioritised?: boolean;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              title: string;
              description: string;
              categoryCodes: string[];
              districtIds: string[];
              isPrioritised: boolean;
              position: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/problems/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a draft's problem */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a draft's problem */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string;
            categoryCodes?: string[];
            districtIds?: string[];
            isPrioritised?: boolean;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              title: string;
              description: string;
              categoryCodes: string[];
              districtIds: string[];
              isPrioritised: boolean;
              position: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/plans/{id}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a goal to a draft */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            description?: string;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              title: string;
              description: string;
              position: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/goals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a draft's goal with its indicators */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a draft's goal */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              title: string;
              description: string;
              position: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/plans/{id}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an indicator to a goal of a draft; optionally computed from the picture */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            goalId: string;
            name: string;
            unit: string;
            /** @enum {string} */
            direction: 'up' | 'down';
            baselineValue?: number | null;
            baselineOn?: string | null;
            targetValue?: number | null;
            targetOn?: string | null;
            computation?: {
              categoryCodes: string[];
              /** @description Empty: the whole municipality */
              districtIds: string[];
              /** @enum {string} */
              periodKind: 'year' | 'tertial';
            } | null;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              goalId: string;
              planId: string;
              name: string;
              unit: string;
              /**
               * @description Which way is good
               * @enum {string}
               */
              direction: 'up' | 'down';
              baselineValue: number | null;
              baselineOn: string | null;
              targetValue: number | null;
              targetOn: string | null;
              computation: {
                categoryCodes: string[];
                /** @description Empty: the whole municipality */
                districtIds: string[];
                /** @enum {string} */
                periodKind: 'year' | 'tertial';
              } | null;
              position: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/indicators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a draft's indicator with its values */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a draft's indicator */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            goalId?: string;
            name?: string;
            unit?: string;
            /** @enum {string} */
            direction?: 'up' | 'down';
            baselineValue?: number | null;
            baselineOn?: string | null;
            targetValue?: number | null;
            targetOn?: string | null;
            computation?: {
              categoryCodes: string[];
              /** @description Empty: the whole municipality */
              districtIds: string[];
              /** @enum {string} */
              periodKind: 'year' | 'tertial';
            } | null;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              goalId: string;
              planId: string;
              name: string;
              unit: string;
              /**
               * @description Which way is good
               * @enum {string}
               */
              direction: 'up' | 'down';
              baselineValue: number | null;
              baselineOn: string | null;
              targetValue: number | null;
              targetOn: string | null;
              computation: {
                categoryCodes: string[];
                /** @description Empty: the whole municipality */
                districtIds: string[];
                /** @enum {string} */
                periodKind: 'year' | 'tertial';
              } | null;
              position: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/plans/indicators/{id}/values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a value by hand (source "manual") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            value: number;
            /**
             * Format: date
             * @example 2015-04-13
             */
            measuredOn: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indicatorId: string;
              planId: string;
              measuredOn: string;
              value: number;
              /** @enum {string} */
              source: 'manual' | 'csv' | 'picture';
              /** @description The period of a computed value; the file and line of an imported one */
              sourceDetail: string;
              note: string;
              recordedAt: string;
              recordedByUserId: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/indicators/{id}/computed-values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Compute a year’s or tertial’s value from the situation picture (source "picture") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A year (2026) or tertial (2026-T3), as the indicator's computation */
            periodKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              indicatorId: string;
              planId: string;
              measuredOn: string;
              value: number;
              /** @enum {string} */
              source: 'manual' | 'csv' | 'picture';
              /** @description The period of a computed value; the file and line of an imported one */
              sourceDetail: string;
              note: string;
              recordedAt: string;
              recordedByUserId: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/indicator-values/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import values from CSV (source "csv"); any bad row: every one reported, none saved */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fileName: string;
            /** @description CSV: indikator/indicator, datum/date, värde/value, kommentar/note (optional) */
            content: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              imported: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/indicator-values/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a wrongly recorded value */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a measure in BRÅ's grid to a draft */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            problemId?: string | null;
            cause?: string;
            categoryCodes?: string[];
            districtIds?: string[];
            measure: string;
            operativeGoal?: string;
            startsOn?: string | null;
            endsOn?: string | null;
            responsible?: string;
            contactPerson?: string;
            partners?: string[];
            plannedHours?: number | null;
            costSek?: number | null;
            goalIds?: string[];
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              problemId: string | null;
              cause: string;
              categoryCodes: string[];
              districtIds: string[];
              measure: string;
              operativeGoal: string;
              startsOn: string | null;
              endsOn: string | null;
              responsible: string;
              contactPerson: string;
              partners: string[];
              plannedHours: number | null;
              costSek: number | null;
              statusColour: ('green' | 'yellow' | 'red') | null;
              statusComment: string;
              statusUpdatedAt: string | null;
              statusUpdatedByUserId: string | null;
              goalIds: string[];
              position: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/measures/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a draft's measure */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a draft's measure */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            problemId?: string | null;
            cause?: string;
            categoryCodes?: string[];
            districtIds?: string[];
            measure?: string;
            operativeGoal?: string;
            startsOn?: string | null;
            endsOn?: string | null;
            responsible?: string;
            contactPerson?: string;
            partners?: string[];
            plannedHours?: number | null;
            costSek?: number | null;
            goalIds?: string[];
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              problemId: string | null;
              cause: string;
              categoryCodes: string[];
              districtIds: string[];
              measure: string;
              operativeGoal: string;
              startsOn: string | null;
              endsOn: string | null;
              responsible: string;
              contactPerson: string;
              partners: string[];
              plannedHours: number | null;
              costSek: number | null;
              statusColour: ('green' | 'yellow' | 'red') | null;
              statusComment: string;
              statusUpdatedAt: string | null;
              statusUpdatedByUserId: string | null;
              goalIds: string[];
              position: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/plans/measures/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Follow up a measure: green, yellow or red with a comment */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            colour: 'green' | 'yellow' | 'red';
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              problemId: string | null;
              cause: string;
              categoryCodes: string[];
              districtIds: string[];
              measure: string;
              operativeGoal: string;
              startsOn: string | null;
              endsOn: string | null;
              responsible: string;
              contactPerson: string;
              partners: string[];
              plannedHours: number | null;
              costSek: number | null;
              statusColour: ('green' | 'yellow' | 'red') | null;
              statusComment: string;
              statusUpdatedAt: string | null;
              statusUpdatedByUserId: string | null;
              goalIds: string[];
              position: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/from-picture': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a draft with this week's situation picture saved on it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @enum {string} */
            kind: 'strategic_plan' | 'action_plan' | 'programme';
            owner: string;
            summary?: string;
            validFrom?: string | null;
            validUntil?: string | null;
            followUpIntervalMonths?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @description The id of the first version: shared by every version */
              lineageId: string;
              version: number;
              revisesPlanId: string | null;
              title: string;
              /** @enum {string} */
              kind: 'strategic_plan' | 'action_plan' | 'programme';
              owner: string;
              summary: string;
              validFrom: string | null;
              /** @description The last day in force, included */
              validUntil: string | null;
              followUpIntervalMonths: number;
              decision: {
                /** @enum {string} */
                body: 'municipal_council' | 'executive_board' | 'committee';
                bodyName: string;
                decidedOn: string;
                caseNumber: string;
              } | null;
              adoptedAt: string | null;
              adoptedByUserId: string | null;
              replacedByPlanId: string | null;
              replacedOn: string | null;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /**
               * @description Derived from the decision, the validity, any replacement and today; never stored
               * @enum {string}
               */
              status: 'draft' | 'adopted' | 'active' | 'expiring' | 'expired' | 'replaced';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/problem-proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The problems the plan's saved picture proposes: its largest rises and alarms */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              /** @enum {string} */
              source: 'change' | 'alarm';
              title: string;
              description: string;
              categoryCodes: string[];
              districtIds: string[];
            }[];
          };
        };
      };
    };
    put?: never;
    /** Take the accepted proposals into a draft as prioritised problems, all or none */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            keys: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              title: string;
              description: string;
              categoryCodes: string[];
              districtIds: string[];
              isPrioritised: boolean;
              position: number;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/efforts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register: local, regional, national; by name */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @enum {string} */
              level: 'local' | 'regional' | 'national';
              owner: string;
              targetGroup: string;
              evidenceBasis: string;
              /** @enum {string} */
              evaluation: 'none' | 'planned' | 'internal' | 'external' | 'research';
              evaluationNote: string;
              goalIds: string[];
              problemIds: string[];
              startedOn: string | null;
              endedOn: string | null;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Add an effort with its level, owner, target group, evidence and evaluation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            level: 'local' | 'regional' | 'national';
            owner?: string;
            targetGroup?: string;
            evidenceBasis?: string;
            /** @enum {string} */
            evaluation?: 'none' | 'planned' | 'internal' | 'external' | 'research';
            evaluationNote?: string;
            goalIds?: string[];
            problemIds?: string[];
            startedOn?: string | null;
            endedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @enum {string} */
              level: 'local' | 'regional' | 'national';
              owner: string;
              targetGroup: string;
              evidenceBasis: string;
              /** @enum {string} */
              evaluation: 'none' | 'planned' | 'internal' | 'external' | 'research';
              evaluationNote: string;
              goalIds: string[];
              problemIds: string[];
              startedOn: string | null;
              endedOn: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/efforts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One effort */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @enum {string} */
              level: 'local' | 'regional' | 'national';
              owner: string;
              targetGroup: string;
              evidenceBasis: string;
              /** @enum {string} */
              evaluation: 'none' | 'planned' | 'internal' | 'external' | 'research';
              evaluationNote: string;
              goalIds: string[];
              problemIds: string[];
              startedOn: string | null;
              endedOn: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a mistaken entry */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an effort, its evaluation or its links to goals and problems */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @enum {string} */
            level?: 'local' | 'regional' | 'national';
            owner?: string;
            targetGroup?: string;
            evidenceBasis?: string;
            /** @enum {string} */
            evaluation?: 'none' | 'planned' | 'internal' | 'external' | 'research';
            evaluationNote?: string;
            goalIds?: string[];
            problemIds?: string[];
            startedOn?: string | null;
            endedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @enum {string} */
              level: 'local' | 'regional' | 'national';
              owner: string;
              targetGroup: string;
              evidenceBasis: string;
              /** @enum {string} */
              evaluation: 'none' | 'planned' | 'internal' | 'external' | 'research';
              evaluationNote: string;
              goalIds: string[];
              problemIds: string[];
              startedOn: string | null;
              endedOn: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/attention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The start page: overdue and due follow-ups, expired and expiring plans, with days */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              kind: 'follow_up_overdue' | 'plan_expired' | 'follow_up_due' | 'plan_expiring';
              /** @enum {string} */
              severity: 'red' | 'amber';
              planId: string;
              planTitle: string;
              roundId: string | null;
              roundLabel: string | null;
              day: string;
              /** @description Days late (red) or left (amber) */
              days: number;
              reportedCount: number | null;
              taskCount: number | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/follow-up-rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A plan's rounds with their progress */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              label: string;
              dueOn: string;
              /** @enum {string} */
              origin: 'interval' | 'manual';
              isFinal: boolean;
              createdByUserId: string | null;
              createdAt: string;
              taskCount: number;
              reportedCount: number;
              byColour: {
                green: number;
                yellow: number;
                red: number;
                none: number;
              };
              daysOverdue: number;
              /** @description A final report exists for the round */
              isReported: boolean;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Add a round by hand, a task per measure */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
            /**
             * Format: date
             * @example 2027-04-13
             */
            dueOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              label: string;
              dueOn: string;
              /** @enum {string} */
              origin: 'interval' | 'manual';
              isFinal: boolean;
              createdByUserId: string | null;
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans/{id}/follow-up-rounds/from-interval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the rounds the plan's interval gives (those missing), a task per measure */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              label: string;
              dueOn: string;
              /** @enum {string} */
              origin: 'interval' | 'manual';
              isFinal: boolean;
              createdByUserId: string | null;
              createdAt: string;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One round: its tasks with their measures, progress and reports */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              label: string;
              dueOn: string;
              /** @enum {string} */
              origin: 'interval' | 'manual';
              isFinal: boolean;
              createdByUserId: string | null;
              createdAt: string;
              taskCount: number;
              reportedCount: number;
              byColour: {
                green: number;
                yellow: number;
                red: number;
                none: number;
              };
              daysOverdue: number;
              /** @description A final report exists for the round */
              isReported: boolean;
              tasks: {
                id: string;
                roundId: string;
                planId: string;
                measureId: string;
                assigneeUserId: string | null;
                colour: ('green' | 'yellow' | 'red') | null;
                deliveryState: ('done' | 'partly' | 'not_done') | null;
                delivery: string;
                process: string;
                effect: string;
                hoursSpent: number | null;
                costSek: number | null;
                reportedAt: string | null;
                reportedByUserId: string | null;
                createdAt: string;
                updatedAt: string;
                measure: {
                  measure: string;
                  cause: string;
                  operativeGoal: string;
                  responsible: string;
                  contactPerson: string;
                } | null;
              }[];
              reports: {
                id: string;
                finalizedAt: string | null;
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-tasks/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's follow-up tasks, open first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              measureId: string;
              assigneeUserId: string | null;
              colour: ('green' | 'yellow' | 'red') | null;
              deliveryState: ('done' | 'partly' | 'not_done') | null;
              delivery: string;
              process: string;
              effect: string;
              hoursSpent: number | null;
              costSek: number | null;
              reportedAt: string | null;
              reportedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              planTitle: string;
              roundLabel: string;
              dueOn: string;
              measureTitle: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-tasks/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Report a task: delivery, process, effect and a colour (its owner, or a coordinator) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            colour: 'green' | 'yellow' | 'red';
            /** @enum {string} */
            deliveryState: 'done' | 'partly' | 'not_done';
            delivery: string;
            process: string;
            effect: string;
            hoursSpent?: number | null;
            costSek?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              measureId: string;
              assigneeUserId: string | null;
              colour: ('green' | 'yellow' | 'red') | null;
              deliveryState: ('done' | 'partly' | 'not_done') | null;
              delivery: string;
              process: string;
              effect: string;
              hoursSpent: number | null;
              costSek: number | null;
              reportedAt: string | null;
              reportedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-tasks/{id}/assignee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Give a task to another user */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            assigneeUserId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              measureId: string;
              assigneeUserId: string | null;
              colour: ('green' | 'yellow' | 'red') | null;
              deliveryState: ('done' | 'partly' | 'not_done') | null;
              delivery: string;
              process: string;
              effect: string;
              hoursSpent: number | null;
              costSek: number | null;
              reportedAt: string | null;
              reportedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user's follow-up notices, newest first */
    get: {
      parameters: {
        query?: {
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              roundId: string;
              taskId: string;
              /** @enum {string} */
              kind: 'reminder' | 'escalation';
              dueOn: string;
              message: string;
              /** @enum {string} */
              emailStatus: 'pending' | 'sent' | 'failed' | 'not_sent';
              createdAt: string;
              readAt: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of my notices read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-rounds/{id}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a draft of the round's report (tjänsteutlåtande), the letterhead filled in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              heading: {
                title: string;
                /**
                 * Format: date
                 * @example 2027-04-13
                 */
                date: string;
                caseNumber: string;
                handlerName: string;
                handlerEmail: string;
                addressee: string;
                administrationName: string;
                signatures: {
                  name: string;
                  title: string;
                }[];
                attachments: string[];
                distribution: string[];
              };
              texts: {
                proposal: string;
                summary: string;
                description: string;
                administrationView: string;
                consequences: string;
              };
              finalizedAt: string | null;
              finalizedByUserId: string | null;
              /** @description The data is frozen with the report */
              isArchived: boolean;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-reports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A report with the data it renders (a final one from its archive) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              heading: {
                title: string;
                /**
                 * Format: date
                 * @example 2027-04-13
                 */
                date: string;
                caseNumber: string;
                handlerName: string;
                handlerEmail: string;
                addressee: string;
                administrationName: string;
                signatures: {
                  name: string;
                  title: string;
                }[];
                attachments: string[];
                distribution: string[];
              };
              texts: {
                proposal: string;
                summary: string;
                description: string;
                administrationView: string;
                consequences: string;
              };
              finalizedAt: string | null;
              finalizedByUserId: string | null;
              /** @description The data is frozen with the report */
              isArchived: boolean;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              /** @description What the DOCX and PDF are rendered from */
              data: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Save the written sections and the letterhead of a draft */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            heading?: {
              title?: string;
              /**
               * Format: date
               * @example 2027-04-13
               */
              date?: string;
              caseNumber?: string;
              handlerName?: string;
              handlerEmail?: string;
              addressee?: string;
              administrationName?: string;
              signatures?: {
                name: string;
                title: string;
              }[];
              attachments?: string[];
              distribution?: string[];
            };
            texts?: {
              proposal?: string;
              summary?: string;
              description?: string;
              administrationView?: string;
              consequences?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              heading: {
                title: string;
                /**
                 * Format: date
                 * @example 2027-04-13
                 */
                date: string;
                caseNumber: string;
                handlerName: string;
                handlerEmail: string;
                addressee: string;
                administrationName: string;
                signatures: {
                  name: string;
                  title: string;
                }[];
                attachments: string[];
                distribution: string[];
              };
              texts: {
                proposal: string;
                summary: string;
                description: string;
                administrationView: string;
                consequences: string;
              };
              finalizedAt: string | null;
              finalizedByUserId: string | null;
              /** @description The data is frozen with the report */
              isArchived: boolean;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/follow-up-reports/{id}/final': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark the report final: frozen, archived with its data */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              roundId: string;
              planId: string;
              heading: {
                title: string;
                /**
                 * Format: date
                 * @example 2027-04-13
                 */
                date: string;
                caseNumber: string;
                handlerName: string;
                handlerEmail: string;
                addressee: string;
                administrationName: string;
                signatures: {
                  name: string;
                  title: string;
                }[];
                attachments: string[];
                distribution: string[];
              };
              texts: {
                proposal: string;
                summary: string;
                description: string;
                administrationView: string;
                consequences: string;
              };
              finalizedAt: string | null;
              finalizedByUserId: string | null;
              /** @description The data is frozen with the report */
              isArchived: boolean;
              createdByUserId: string | null;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-reports/{id}/report.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report as DOCX: a draft made anew from today's data and its saved texts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report as DOCX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/follow-up-reports/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report as PDF: a draft made anew from today's data and its saved texts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The report as PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suppliers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suppliers by name, with contracts, latest decision and checks due (audited) */
    get: {
      parameters: {
        query?: {
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              organisationNumber: string;
              vatNumber: string;
              legalForm: string;
              legalFormLabel: {
                sv: string;
                en: string;
              };
              isSoleTrader: boolean;
              name: string;
              address: {
                careOf: string | null;
                street: string | null;
                postalCode: string | null;
                city: string | null;
              } | null;
              phone: string | null;
              beneficialOwners: {
                name: string;
                birthDate: string | null;
                identifier: string | null;
                countries: string[];
              }[];
              createdAt: string;
              updatedAt: string;
              contractCount: number;
              latestDecision: {
                id: string;
                supplierId: string;
                contractId: string | null;
                /** @enum {string} */
                decision: 'approve' | 'request_information' | 'exclude' | 'terminate';
                note: string;
                decidedByUserId: string | null;
                decidedAt: string;
              } | null;
              overdueCheckCount: number;
              dueCheckCount: number;
              /** @enum {string} */
              riskLevel: 'unassessed' | 'low' | 'medium' | 'high';
            }[];
          };
        };
      };
    };
    put?: never;
    /** Register a supplier by its organisation number (validated; legal form shown) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            organisationNumber: string;
            name: string;
            address?: {
              careOf: string | null;
              street: string | null;
              postalCode: string | null;
              city: string | null;
            } | null;
            phone?: string | null;
            beneficialOwners?: {
              name: string;
              /** @default null */
              birthDate?: string | null;
              identifier?: string | null;
              /** @default [] */
              countries?: string[];
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              organisationNumber: string;
              vatNumber: string;
              legalForm: string;
              legalFormLabel: {
                sv: string;
                en: string;
              };
              isSoleTrader: boolean;
              name: string;
              address: {
                careOf: string | null;
                street: string | null;
                postalCode: string | null;
                city: string | null;
              } | null;
              phone: string | null;
              beneficialOwners: {
                name: string;
                birthDate: string | null;
                identifier: string | null;
                countries: string[];
              }[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suppliers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One supplier with its contracts (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              supplier: {
                id: string;
                organisationNumber: string;
                vatNumber: string;
                legalForm: string;
                legalFormLabel: {
                  sv: string;
                  en: string;
                };
                isSoleTrader: boolean;
                name: string;
                address: {
                  careOf: string | null;
                  street: string | null;
                  postalCode: string | null;
                  city: string | null;
                } | null;
                phone: string | null;
                beneficialOwners: {
                  name: string;
                  birthDate: string | null;
                  identifier: string | null;
                  countries: string[];
                }[];
                createdAt: string;
                updatedAt: string;
              };
              contracts: {
                id: string;
                supplierId: string;
                supplierName: string;
                procurementReference: string;
                title: string;
                startsOn: string;
                endsOn: string;
                valueSek: number;
                responsibleUnit: string;
                responsibleOfficerUserId: string | null;
                subcontractorIds: string[];
                createdAt: string;
                updatedAt: string;
              }[];
              subcontractorOf: {
                id: string;
                supplierId: string;
                supplierName: string;
                procurementReference: string;
                title: string;
                startsOn: string;
                endsOn: string;
                valueSek: number;
                responsibleUnit: string;
                responsibleOfficerUserId: string | null;
                subcontractorIds: string[];
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a supplier's name, address, phone or beneficial owners */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            address?: {
              careOf: string | null;
              street: string | null;
              postalCode: string | null;
              city: string | null;
            } | null;
            phone?: string | null;
            beneficialOwners?: {
              name: string;
              /** @default null */
              birthDate?: string | null;
              identifier?: string | null;
              /** @default [] */
              countries?: string[];
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              organisationNumber: string;
              vatNumber: string;
              legalForm: string;
              legalFormLabel: {
                sv: string;
                en: string;
              };
              isSoleTrader: boolean;
              name: string;
              address: {
                careOf: string | null;
                street: string | null;
                postalCode: string | null;
                city: string | null;
              } | null;
              phone: string | null;
              beneficialOwners: {
                name: string;
                birthDate: string | null;
                identifier: string | null;
                countries: string[];
              }[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/suppliers/{id}/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every check of a supplier, newest first, with evidence and matches (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              contractId: string | null;
              /** @enum {string} */
              kind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              /** @enum {string} */
              source:
                | 'bolagsverket_api'
                | 'bolagsverket_bulk_file'
                | 'skatteverket'
                | 'kronofogden'
                | 'credit_agency'
                | 'supplier_provided'
                | 'sanctions_lists'
                | 'other';
              checkedOn: string;
              /** @enum {string} */
              result: 'ok' | 'remark' | 'failed' | 'could_not_check';
              summary: string;
              evidence: {
                id: string;
                fileName: string;
                contentType: string;
                sizeBytes: number;
                sha256: string;
                createdAt: string;
              } | null;
              performedByUserId: string | null;
              createdAt: string;
              registryRecord: {
                [key: string]: unknown;
              } | null;
              matches: {
                id: string;
                subjectKey: string;
                subjectName: string;
                entityId: string;
                caption: string;
                schema: string;
                datasets: string[];
                score: number;
                features: {
                  feature: string;
                  weight: number;
                  detail: string;
                }[];
                review: {
                  /** @enum {string} */
                  decision: 'false_positive' | 'confirmed_match';
                  comment: string;
                  decidedByUserId: string | null;
                  decidedAt: string;
                } | null;
              }[];
            }[];
          };
        };
      };
    };
    put?: never;
    /** Record a check made by hand, with its extract (PDF, PNG, JPEG or TIFF, at most 10 MB, base64) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind:
              | 'f_tax'
              | 'vat'
              | 'employer_registration'
              | 'enforcement_debts'
              | 'employer_contributions_3_months'
              | 'company_registration'
              | 'permits'
              | 'board_and_signatories'
              | 'beneficial_owners'
              | 'credit_rating'
              | 'sanctions_screening';
            /** @enum {string} */
            source:
              | 'skatteverket'
              | 'kronofogden'
              | 'credit_agency'
              | 'supplier_provided'
              | 'bolagsverket_bulk_file'
              | 'other';
            /**
             * Format: date
             * @example 2026-11-27
             */
            checkedOn: string;
            /** @enum {string} */
            result: 'ok' | 'remark' | 'failed' | 'could_not_check';
            summary: string;
            contractId?: string | null;
            evidence?: {
              fileName: string;
              contentBase64: string;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              contractId: string | null;
              /** @enum {string} */
              kind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              /** @enum {string} */
              source:
                | 'bolagsverket_api'
                | 'bolagsverket_bulk_file'
                | 'skatteverket'
                | 'kronofogden'
                | 'credit_agency'
                | 'supplier_provided'
                | 'sanctions_lists'
                | 'other';
              checkedOn: string;
              /** @enum {string} */
              result: 'ok' | 'remark' | 'failed' | 'could_not_check';
              summary: string;
              evidence: {
                id: string;
                fileName: string;
                contentType: string;
                sizeBytes: number;
                sha256: string;
                createdAt: string;
              } | null;
              performedByUserId: string | null;
              createdAt: string;
              registryRecord: {
                [key: string]: unknown;
              } | null;
              matches: {
                id: string;
                subjectKey: string;
                subjectName: string;
                entityId: string;
                caption: string;
                schema: string;
                datasets: string[];
                score: number;
                features: {
                  feature: string;
                  weight: number;
                  detail: string;
                }[];
                review: {
                  /** @enum {string} */
                  decision: 'false_positive' | 'confirmed_match';
                  comment: string;
                  decidedByUserId: string | null;
                  decidedAt: string;
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suppliers/{id}/checks/registry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Look the supplier up in the company registry and record what it told, with its response as evidence */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contractId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              contractId: string | null;
              /** @enum {string} */
              kind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              /** @enum {string} */
              source:
                | 'bolagsverket_api'
                | 'bolagsverket_bulk_file'
                | 'skatteverket'
                | 'kronofogden'
                | 'credit_agency'
                | 'supplier_provided'
                | 'sanctions_lists'
                | 'other';
              checkedOn: string;
              /** @enum {string} */
              result: 'ok' | 'remark' | 'failed' | 'could_not_check';
              summary: string;
              evidence: {
                id: string;
                fileName: string;
                contentType: string;
                sizeBytes: number;
                sha256: string;
                createdAt: string;
              } | null;
              performedByUserId: string | null;
              createdAt: string;
              registryRecord: {
                [key: string]: unknown;
              } | null;
              matches: {
                id: string;
                subjectKey: string;
                subjectName: string;
                entityId: string;
                caption: string;
                schema: string;
                datasets: string[];
                score: number;
                features: {
                  feature: string;
                  weight: number;
                  detail: string;
                }[];
                review: {
                  /** @enum {string} */
                  decision: 'false_positive' | 'confirmed_match';
                  comment: string;
                  decidedByUserId: string | null;
                  decidedAt: string;
                } | null;
              }[];
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suppliers/{id}/checks/sanctions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Screen the supplier, its board and owners against the loaded sanctions lists */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contractId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              contractId: string | null;
              /** @enum {string} */
              kind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              /** @enum {string} */
              source:
                | 'bolagsverket_api'
                | 'bolagsverket_bulk_file'
                | 'skatteverket'
                | 'kronofogden'
                | 'credit_agency'
                | 'supplier_provided'
                | 'sanctions_lists'
                | 'other';
              checkedOn: string;
              /** @enum {string} */
              result: 'ok' | 'remark' | 'failed' | 'could_not_check';
              summary: string;
              evidence: {
                id: string;
                fileName: string;
                contentType: string;
                sizeBytes: number;
                sha256: string;
                createdAt: string;
              } | null;
              performedByUserId: string | null;
              createdAt: string;
              registryRecord: {
                [key: string]: unknown;
              } | null;
              matches: {
                id: string;
                subjectKey: string;
                subjectName: string;
                entityId: string;
                caption: string;
                schema: string;
                datasets: string[];
                score: number;
                features: {
                  feature: string;
                  weight: number;
                  detail: string;
                }[];
                review: {
                  /** @enum {string} */
                  decision: 'false_positive' | 'confirmed_match';
                  comment: string;
                  decidedByUserId: string | null;
                  decidedAt: string;
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sanctions-matches/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Review a possible sanctions match: a false positive is not raised again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'false_positive' | 'confirmed_match';
            comment: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              subjectKey: string;
              subjectName: string;
              entityId: string;
              caption: string;
              schema: string;
              datasets: string[];
              score: number;
              features: {
                feature: string;
                weight: number;
                detail: string;
              }[];
              review: {
                /** @enum {string} */
                decision: 'false_positive' | 'confirmed_match';
                comment: string;
                decidedByUserId: string | null;
                decidedAt: string;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supplier-evidence/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a piece of evidence (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The evidence as it was stored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'image/png': string;
            'image/jpeg': string;
            'image/tiff': string;
            'application/json': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suppliers/{id}/risk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The supplier's red flags and risk level, every reason listed (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              level: 'unassessed' | 'low' | 'medium' | 'high';
              flags: {
                /** @enum {string} */
                rule:
                  | 'newly_registered'
                  | 'similar_name'
                  | 'box_or_care_of_address'
                  | 'shared_address'
                  | 'recent_board_change'
                  | 'bankruptcy_or_liquidation'
                  | 'missing_registration'
                  | 'enforcement_debts'
                  | 'sanctions_match'
                  | 'failed_check';
                /** @enum {string} */
                level: 'low' | 'medium' | 'high';
                reason: string;
                params: {
                  [key: string]: string | number;
                };
              }[];
              basedOn: {
                registryCheckedOn: string | null;
                sanctionsCheckedOn: string | null;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/suppliers/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every decision on the supplier, newest first (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              contractId: string | null;
              /** @enum {string} */
              decision: 'approve' | 'request_information' | 'exclude' | 'terminate';
              note: string;
              decidedByUserId: string | null;
              decidedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Record a decision on the supplier with a note: approve, ask, exclude, terminate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'approve' | 'request_information' | 'exclude' | 'terminate';
            note: string;
            contractId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              contractId: string | null;
              /** @enum {string} */
              decision: 'approve' | 'request_information' | 'exclude' | 'terminate';
              note: string;
              decidedByUserId: string | null;
              decidedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contracts, newest start first (audited) */
    get: {
      parameters: {
        query?: {
          supplierId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              supplierId: string;
              supplierName: string;
              procurementReference: string;
              title: string;
              startsOn: string;
              endsOn: string;
              valueSek: number;
              responsibleUnit: string;
              responsibleOfficerUserId: string | null;
              subcontractorIds: string[];
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Record a contract with its supplier, subcontractors and check programme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            procurementReference: string;
            title: string;
            /**
             * Format: date
             * @example 2026-11-27
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-11-27
             */
            endsOn: string;
            valueSek: number;
            responsibleUnit: string;
            responsibleOfficerUserId?: string | null;
            subcontractorIds?: string[];
            /** Format: uuid */
            supplierId: string;
            programme?: {
              /** @enum {string} */
              checkKind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              intervalMonths: number | null;
              /** @default null */
              responsibleUserId?: string | null;
            }[] &
              (unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown);
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contract: {
                id: string;
                supplierId: string;
                supplierName: string;
                procurementReference: string;
                title: string;
                startsOn: string;
                endsOn: string;
                valueSek: number;
                responsibleUnit: string;
                responsibleOfficerUserId: string | null;
                subcontractorIds: string[];
                createdAt: string;
                updatedAt: string;
              };
              programme: {
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                intervalMonths: number | null;
                responsibleUserId: string | null;
              }[];
              due: {
                contractId: string;
                contractTitle: string;
                procurementReference: string;
                supplierId: string;
                supplierName: string;
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                responsibleUserId: string | null;
                dueOn: string;
                lastCheckedOn: string | null;
                /** @enum {string} */
                status: 'overdue' | 'due' | 'scheduled';
                days: number;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contract with its programme and the next due day of each check (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contract: {
                id: string;
                supplierId: string;
                supplierName: string;
                procurementReference: string;
                title: string;
                startsOn: string;
                endsOn: string;
                valueSek: number;
                responsibleUnit: string;
                responsibleOfficerUserId: string | null;
                subcontractorIds: string[];
                createdAt: string;
                updatedAt: string;
              };
              programme: {
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                intervalMonths: number | null;
                responsibleUserId: string | null;
              }[];
              due: {
                contractId: string;
                contractTitle: string;
                procurementReference: string;
                supplierId: string;
                supplierName: string;
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                responsibleUserId: string | null;
                dueOn: string;
                lastCheckedOn: string | null;
                /** @enum {string} */
                status: 'overdue' | 'due' | 'scheduled';
                days: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a contract's fields (not its supplier) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            procurementReference?: string;
            title?: string;
            /**
             * Format: date
             * @example 2026-11-27
             */
            startsOn?: string;
            /**
             * Format: date
             * @example 2026-11-27
             */
            endsOn?: string;
            valueSek?: number;
            responsibleUnit?: string;
            responsibleOfficerUserId?: string | null;
            subcontractorIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contract: {
                id: string;
                supplierId: string;
                supplierName: string;
                procurementReference: string;
                title: string;
                startsOn: string;
                endsOn: string;
                valueSek: number;
                responsibleUnit: string;
                responsibleOfficerUserId: string | null;
                subcontractorIds: string[];
                createdAt: string;
                updatedAt: string;
              };
              programme: {
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                intervalMonths: number | null;
                responsibleUserId: string | null;
              }[];
              due: {
                contractId: string;
                contractTitle: string;
                procurementReference: string;
                supplierId: string;
                supplierName: string;
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                responsibleUserId: string | null;
                dueOn: string;
                lastCheckedOn: string | null;
                /** @enum {string} */
                status: 'overdue' | 'due' | 'scheduled';
                days: number;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/contracts/{id}/programme': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the contract's check programme: which checks, every how many months, who */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** @enum {string} */
              checkKind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              intervalMonths: number | null;
              /** @default null */
              responsibleUserId?: string | null;
            }[] &
              (unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown &
                unknown);
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contract: {
                id: string;
                supplierId: string;
                supplierName: string;
                procurementReference: string;
                title: string;
                startsOn: string;
                endsOn: string;
                valueSek: number;
                responsibleUnit: string;
                responsibleOfficerUserId: string | null;
                subcontractorIds: string[];
                createdAt: string;
                updatedAt: string;
              };
              programme: {
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                intervalMonths: number | null;
                responsibleUserId: string | null;
              }[];
              due: {
                contractId: string;
                contractTitle: string;
                procurementReference: string;
                supplierId: string;
                supplierName: string;
                /** @enum {string} */
                checkKind:
                  | 'f_tax'
                  | 'vat'
                  | 'employer_registration'
                  | 'enforcement_debts'
                  | 'employer_contributions_3_months'
                  | 'company_registration'
                  | 'permits'
                  | 'board_and_signatories'
                  | 'beneficial_owners'
                  | 'credit_rating'
                  | 'sanctions_screening';
                responsibleUserId: string | null;
                dueOn: string;
                lastCheckedOn: string | null;
                /** @enum {string} */
                status: 'overdue' | 'due' | 'scheduled';
                days: number;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/supplier-checks/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The procurement officer's start page: checks overdue, then due within 30 days */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contractId: string;
              contractTitle: string;
              procurementReference: string;
              supplierId: string;
              supplierName: string;
              /** @enum {string} */
              checkKind:
                | 'f_tax'
                | 'vat'
                | 'employer_registration'
                | 'enforcement_debts'
                | 'employer_contributions_3_months'
                | 'company_registration'
                | 'permits'
                | 'board_and_signatories'
                | 'beneficial_owners'
                | 'credit_rating'
                | 'sanctions_screening';
              responsibleUserId: string | null;
              dueOn: string;
              lastCheckedOn: string | null;
              /** @enum {string} */
              status: 'overdue' | 'due' | 'scheduled';
              days: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meeting-series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Meeting series the user may see */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              place: string;
              /** @description 1 Monday … 7 Sunday */
              weekday: number;
              /** @description Stockholm wall clock, HH:MM */
              startTime: string;
              durationMinutes: number;
              /** @enum {string} */
              timeZone: 'Europe/Stockholm';
              startsOn: string;
              endsOn: string | null;
              organisationIds: string[];
              memberUserIds: string[];
              /** @description Coming days the series would meet on but skips: Swedish public holidays and eves (julafton) */
              skippedOccurrences: {
                occurrenceOn: string;
                holiday: string;
              }[];
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Start a series (weekly, Stockholm time); its coming 8 meetings are made */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            place?: string;
            weekday: number;
            startTime: string;
            durationMinutes: number;
            /**
             * Format: date
             * @example 2026-12-03
             */
            startsOn: string;
            endsOn?: string | null;
            organisationIds?: string[];
            memberUserIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              place: string;
              /** @description 1 Monday … 7 Sunday */
              weekday: number;
              /** @description Stockholm wall clock, HH:MM */
              startTime: string;
              durationMinutes: number;
              /** @enum {string} */
              timeZone: 'Europe/Stockholm';
              startsOn: string;
              endsOn: string | null;
              organisationIds: string[];
              memberUserIds: string[];
              /** @description Coming days the series would meet on but skips: Swedish public holidays and eves (julafton) */
              skippedOccurrences: {
                occurrenceOn: string;
                holiday: string;
              }[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meeting-series/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One series */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              place: string;
              /** @description 1 Monday … 7 Sunday */
              weekday: number;
              /** @description Stockholm wall clock, HH:MM */
              startTime: string;
              durationMinutes: number;
              /** @enum {string} */
              timeZone: 'Europe/Stockholm';
              startsOn: string;
              endsOn: string | null;
              organisationIds: string[];
              memberUserIds: string[];
              /** @description Coming days the series would meet on but skips: Swedish public holidays and eves (julafton) */
              skippedOccurrences: {
                occurrenceOn: string;
                holiday: string;
              }[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a series; coming meetings not yet worked on follow */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            place?: string;
            weekday?: number;
            startTime?: string;
            durationMinutes?: number;
            /**
             * Format: date
             * @example 2026-12-03
             */
            startsOn?: string;
            endsOn?: string | null;
            organisationIds?: string[];
            memberUserIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              place: string;
              /** @description 1 Monday … 7 Sunday */
              weekday: number;
              /** @description Stockholm wall clock, HH:MM */
              startTime: string;
              durationMinutes: number;
              /** @enum {string} */
              timeZone: 'Europe/Stockholm';
              startsOn: string;
              endsOn: string | null;
              organisationIds: string[];
              memberUserIds: string[];
              /** @description Coming days the series would meet on but skips: Swedish public holidays and eves (julafton) */
              skippedOccurrences: {
                occurrenceOn: string;
                holiday: string;
              }[];
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/meeting-members/candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations and users that may be made members or responsible */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
              }[];
              users: {
                id: string;
                displayName: string;
                organisationId: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Meetings the user may see, by start; series meetings are made first */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          seriesId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
            }[];
          };
        };
      };
    };
    put?: never;
    /** A one-off meeting */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            place?: string;
            /** Format: date-time */
            startsAt: string;
            durationMinutes: number;
            organisationIds?: string[];
            memberUserIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meeting with agenda, minutes and actions (members and managers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
              }[];
              members: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
              }[];
              generalNotes: string;
              agenda: {
                id: string;
                meetingId: string;
                position: number;
                /** @enum {string} */
                kind:
                  | 'largest_change'
                  | 'alarm'
                  | 'signals'
                  | 'flagged_incident'
                  | 'joint_action'
                  | 'custom';
                sourceRef: string | null;
                title: string;
                notes: string;
                decisions: string;
                isAutomatic: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              attendance: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
                isPresent: boolean | null;
              }[];
              guests: string;
              actions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              carriedActions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              flaggedIncidents: {
                /** @description The flag's own id */
                id: string;
                incidentId: string;
                meetingId: string;
                note: string;
                categoryCode: string;
                occurredAt: string | null;
                districtIds: string[];
                flaggedByUserId: string | null;
                flaggedAt: string;
              }[];
              mailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
              /** @description Who has been sent the agenda before the meeting, each at most once */
              agendaMailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an open meeting */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            place?: string;
            /** Format: date-time */
            startsAt?: string;
            durationMinutes?: number;
            organisationIds?: string[];
            memberUserIds?: string[];
            generalNotes?: string;
            guests?: string;
            isCancelled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
              }[];
              members: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
              }[];
              generalNotes: string;
              agenda: {
                id: string;
                meetingId: string;
                position: number;
                /** @enum {string} */
                kind:
                  | 'largest_change'
                  | 'alarm'
                  | 'signals'
                  | 'flagged_incident'
                  | 'joint_action'
                  | 'custom';
                sourceRef: string | null;
                title: string;
                notes: string;
                decisions: string;
                isAutomatic: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              attendance: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
                isPresent: boolean | null;
              }[];
              guests: string;
              actions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              carriedActions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              flaggedIncidents: {
                /** @description The flag's own id */
                id: string;
                incidentId: string;
                meetingId: string;
                note: string;
                categoryCode: string;
                occurredAt: string | null;
                districtIds: string[];
                flaggedByUserId: string | null;
                flaggedAt: string;
              }[];
              mailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
              /** @description Who has been sent the agenda before the meeting, each at most once */
              agendaMailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/meetings/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close the meeting: freeze the minutes and e-mail them to every member (once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
              }[];
              members: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
              }[];
              generalNotes: string;
              agenda: {
                id: string;
                meetingId: string;
                position: number;
                /** @enum {string} */
                kind:
                  | 'largest_change'
                  | 'alarm'
                  | 'signals'
                  | 'flagged_incident'
                  | 'joint_action'
                  | 'custom';
                sourceRef: string | null;
                title: string;
                notes: string;
                decisions: string;
                isAutomatic: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              attendance: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
                isPresent: boolean | null;
              }[];
              guests: string;
              actions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              carriedActions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              flaggedIncidents: {
                /** @description The flag's own id */
                id: string;
                incidentId: string;
                meetingId: string;
                note: string;
                categoryCode: string;
                occurredAt: string | null;
                districtIds: string[];
                flaggedByUserId: string | null;
                flaggedAt: string;
              }[];
              mailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
              /** @description Who has been sent the agenda before the meeting, each at most once */
              agendaMailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the agenda to every member by e-mail (DOCX and PDF attached); again: only to those who have not had it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
              }[];
              members: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
              }[];
              generalNotes: string;
              agenda: {
                id: string;
                meetingId: string;
                position: number;
                /** @enum {string} */
                kind:
                  | 'largest_change'
                  | 'alarm'
                  | 'signals'
                  | 'flagged_incident'
                  | 'joint_action'
                  | 'custom';
                sourceRef: string | null;
                title: string;
                notes: string;
                decisions: string;
                isAutomatic: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              attendance: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
                isPresent: boolean | null;
              }[];
              guests: string;
              actions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              carriedActions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              flaggedIncidents: {
                /** @description The flag's own id */
                id: string;
                incidentId: string;
                meetingId: string;
                note: string;
                categoryCode: string;
                occurredAt: string | null;
                districtIds: string[];
                flaggedByUserId: string | null;
                flaggedAt: string;
              }[];
              mailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
              /** @description Who has been sent the agenda before the meeting, each at most once */
              agendaMailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes as DOCX (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The minutes as DOCX */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The minutes as PDF (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The minutes as PDF */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda/generate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Build the agenda from the week's picture; again: adds only what is new */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              position: number;
              /** @enum {string} */
              kind:
                | 'largest_change'
                | 'alarm'
                | 'signals'
                | 'flagged_incident'
                | 'joint_action'
                | 'custom';
              sourceRef: string | null;
              title: string;
              notes: string;
              decisions: string;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item of its own to the agenda (every member, before and during the meeting) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            notes?: string;
            decisions?: string;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              position: number;
              /** @enum {string} */
              kind:
                | 'largest_change'
                | 'alarm'
                | 'signals'
                | 'flagged_incident'
                | 'joint_action'
                | 'custom';
              sourceRef: string | null;
              title: string;
              notes: string;
              decisions: string;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/agenda/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put the agenda in order: every item once */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            itemIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              position: number;
              /** @enum {string} */
              kind:
                | 'largest_change'
                | 'alarm'
                | 'signals'
                | 'flagged_incident'
                | 'joint_action'
                | 'custom';
              sourceRef: string | null;
              title: string;
              notes: string;
              decisions: string;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agenda-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take an item off its agenda */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an agenda item's title, notes or decisions */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            notes?: string;
            decisions?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              position: number;
              /** @enum {string} */
              kind:
                | 'largest_change'
                | 'alarm'
                | 'signals'
                | 'flagged_incident'
                | 'joint_action'
                | 'custom';
              sourceRef: string | null;
              title: string;
              notes: string;
              decisions: string;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/meetings/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Who of the members were present, and other attendees */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            entries: {
              /** Format: uuid */
              userId: string;
              isPresent: boolean | null;
            }[];
            guests?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              seriesId: string | null;
              title: string;
              place: string;
              startsAt: string;
              endsAt: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'closed';
              organisationIds: string[];
              memberUserIds: string[];
              agendaGeneratedAt: string | null;
              closedAt: string | null;
              closedByUserId: string | null;
              createdAt: string;
              updatedAt: string;
              canManage: boolean;
              organisations: {
                id: string;
                name: string;
                /** @enum {string} */
                kind:
                  | 'municipal_administration'
                  | 'police'
                  | 'fire_service'
                  | 'housing_company'
                  | 'security_company'
                  | 'other';
              }[];
              members: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
              }[];
              generalNotes: string;
              agenda: {
                id: string;
                meetingId: string;
                position: number;
                /** @enum {string} */
                kind:
                  | 'largest_change'
                  | 'alarm'
                  | 'signals'
                  | 'flagged_incident'
                  | 'joint_action'
                  | 'custom';
                sourceRef: string | null;
                title: string;
                notes: string;
                decisions: string;
                isAutomatic: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              attendance: {
                userId: string;
                displayName: string;
                organisationId: string;
                organisationName: string;
                isPresent: boolean | null;
              }[];
              guests: string;
              actions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              carriedActions: {
                id: string;
                meetingId: string;
                seriesId: string | null;
                title: string;
                description: string;
                districtIds: string[];
                organisationIds: string[];
                responsibleUserIds: string[];
                dueOn: string | null;
                expectedResult: string;
                /** @enum {string} */
                status: 'planned' | 'ongoing' | 'done' | 'cancelled';
                outcome: string;
                isOpen: boolean;
                isOverdue: boolean;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
              }[];
              flaggedIncidents: {
                /** @description The flag's own id */
                id: string;
                incidentId: string;
                meetingId: string;
                note: string;
                categoryCode: string;
                occurredAt: string | null;
                districtIds: string[];
                flaggedByUserId: string | null;
                flaggedAt: string;
              }[];
              mailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
              /** @description Who has been sent the agenda before the meeting, each at most once */
              agendaMailings: {
                userId: string;
                /** @enum {string} */
                status: 'pending' | 'sent' | 'failed' | 'no_mailer';
                sentAt: string | null;
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/flagged-incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Flag an incident for the meeting (coordinators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            incidentId: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The flag's own id */
              id: string;
              incidentId: string;
              meetingId: string;
              note: string;
              categoryCode: string;
              occurredAt: string | null;
              districtIds: string[];
              flaggedByUserId: string | null;
              flaggedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meeting-incident-flags/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take a flag off (by its id) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a joint action decided at the meeting */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            description?: string;
            districtIds?: string[];
            organisationIds?: string[];
            responsibleUserIds?: string[];
            dueOn?: string | null;
            expectedResult?: string;
            /** @enum {string} */
            status?: 'planned' | 'ongoing' | 'done' | 'cancelled';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              seriesId: string | null;
              title: string;
              description: string;
              districtIds: string[];
              organisationIds: string[];
              responsibleUserIds: string[];
              dueOn: string | null;
              expectedResult: string;
              /** @enum {string} */
              status: 'planned' | 'ongoing' | 'done' | 'cancelled';
              outcome: string;
              isOpen: boolean;
              isOverdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/joint-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Joint actions the user may see (default: open ones) */
    get: {
      parameters: {
        query?: {
          status?: 'open' | 'closed' | 'all';
          seriesId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              seriesId: string | null;
              title: string;
              description: string;
              districtIds: string[];
              organisationIds: string[];
              responsibleUserIds: string[];
              dueOn: string | null;
              expectedResult: string;
              /** @enum {string} */
              status: 'planned' | 'ongoing' | 'done' | 'cancelled';
              outcome: string;
              isOpen: boolean;
              isOverdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/joint-actions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Follow up a joint action: managers any field; those responsible for it its status and outcome */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string;
            districtIds?: string[];
            organisationIds?: string[];
            responsibleUserIds?: string[];
            dueOn?: string | null;
            expectedResult?: string;
            /** @enum {string} */
            status?: 'planned' | 'ongoing' | 'done' | 'cancelled';
            outcome?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              meetingId: string;
              seriesId: string | null;
              title: string;
              description: string;
              districtIds: string[];
              organisationIds: string[];
              responsibleUserIds: string[];
              dueOn: string | null;
              expectedResult: string;
              /** @enum {string} */
              status: 'planned' | 'ongoing' | 'done' | 'cancelled';
              outcome: string;
              isOpen: boolean;
              isOverdue: boolean;
              createdAt: string;
              updatedAt: string;
              closedAt: string | null;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the user has a calendar feed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isActive: boolean;
              createdAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** A new secret feed URL (shown once); an earlier one stops working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              url: string;
              createdAt: string;
            };
          };
        };
      };
    };
    /** Revoke the feed URL */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description No content */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The feed itself, text/calendar: the secret token is the address (<token>.ics) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The iCalendar feed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/calendar': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agreements and citizen promises the caller may read: all for staff, those its organisation is party to for a partner */
    get: {
      parameters: {
        query?: {
          kind?: 'partnership_agreement' | 'citizen_promise';
          status?: 'draft' | 'upcoming' | 'active' | 'expired';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'partnership_agreement' | 'citizen_promise';
              title: string;
              summary: string;
              validFrom: string | null;
              validUntil: string | null;
              signedOn: string | null;
              parties: {
                organisationId: string;
                organisationName: string;
                signatoryName: string;
                signatoryTitle: string;
              }[];
              /**
               * @description Derived from the dates; never stored
               * @enum {string}
               */
              status: 'draft' | 'upcoming' | 'active' | 'expired';
              hasDocument: boolean;
              createdAt: string;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Record an agreement or a citizen promise (a draft until signed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'partnership_agreement' | 'citizen_promise';
            title: string;
            summary?: string;
            validFrom?: string | null;
            /** @description The last day in force, included */
            validUntil?: string | null;
            /** @description Unsigned: a draft */
            signedOn?: string | null;
            parties?: {
              /** Format: uuid */
              organisationId: string;
              signatoryName?: string;
              signatoryTitle?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'partnership_agreement' | 'citizen_promise';
              title: string;
              summary: string;
              validFrom: string | null;
              validUntil: string | null;
              signedOn: string | null;
              parties: {
                organisationId: string;
                organisationName: string;
                signatoryName: string;
                signatoryTitle: string;
              }[];
              /**
               * @description Derived from the dates; never stored
               * @enum {string}
               */
              status: 'draft' | 'upcoming' | 'active' | 'expired';
              hasDocument: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/linkable-measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The measures of the municipality's current plans a commitment may carry out */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              planId: string;
              planTitle: string;
              measure: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One agreement with its commitments, their follow-up history and the document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'partnership_agreement' | 'citizen_promise';
              title: string;
              summary: string;
              validFrom: string | null;
              validUntil: string | null;
              signedOn: string | null;
              parties: {
                organisationId: string;
                organisationName: string;
                signatoryName: string;
                signatoryTitle: string;
              }[];
              /**
               * @description Derived from the dates; never stored
               * @enum {string}
               */
              status: 'draft' | 'upcoming' | 'active' | 'expired';
              hasDocument: boolean;
              createdAt: string;
              updatedAt: string;
              commitments: {
                id: string;
                agreementId: string;
                text: string;
                responsibleOrganisationId: string | null;
                measureIds: string[];
                position: number;
                createdAt: string;
                updatedAt: string;
                measures: {
                  id: string;
                  planId: string;
                  planTitle: string;
                  measure: string;
                }[];
                /** @description Oldest first; never changed */
                followUps: {
                  id: string;
                  commitmentId: string;
                  followedUpOn: string;
                  /** @enum {string} */
                  status: 'green' | 'yellow' | 'red';
                  comment: string;
                  recordedByName: string;
                  recordedAt: string;
                }[];
              }[];
              document: {
                fileName: string;
                sizeBytes: number;
                sha256: string;
                uploadedAt: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an agreement's fields; parties, when given, are replaced */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind?: 'partnership_agreement' | 'citizen_promise';
            title?: string;
            summary?: string;
            validFrom?: string | null;
            /** @description The last day in force, included */
            validUntil?: string | null;
            /** @description Unsigned: a draft */
            signedOn?: string | null;
            parties?: {
              /** Format: uuid */
              organisationId: string;
              signatoryName?: string;
              signatoryTitle?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'partnership_agreement' | 'citizen_promise';
              title: string;
              summary: string;
              validFrom: string | null;
              validUntil: string | null;
              signedOn: string | null;
              parties: {
                organisationId: string;
                organisationName: string;
                signatoryName: string;
                signatoryTitle: string;
              }[];
              /**
               * @description Derived from the dates; never stored
               * @enum {string}
               */
              status: 'draft' | 'upcoming' | 'active' | 'expired';
              hasDocument: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/agreements/{id}/commitments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a commitment, linked to measures of the action plans */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text: string;
            responsibleOrganisationId?: string | null;
            measureIds?: string[];
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              agreementId: string;
              text: string;
              responsibleOrganisationId: string | null;
              measureIds: string[];
              position: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/commitments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a commitment */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            text?: string;
            responsibleOrganisationId?: string | null;
            measureIds?: string[];
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              agreementId: string;
              text: string;
              responsibleOrganisationId: string | null;
              measureIds: string[];
              position: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/agreements/commitments/{id}/follow-ups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Append to a commitment's joint follow-up: green, yellow or red, and a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'green' | 'yellow' | 'red';
            comment?: string;
            /**
             * Format: date
             * @example 2015-10-12
             */
            followedUpOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              commitmentId: string;
              followedUpOn: string;
              /** @enum {string} */
              status: 'green' | 'yellow' | 'red';
              comment: string;
              recordedByName: string;
              recordedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agreements/{id}/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the signed document (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The signed document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    /** Attach the signed agreement as a PDF (at most 10 MB), replacing any earlier one */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fileName: string;
            /** @description The PDF's bytes in base64; at most 10 MB */
            contentBase64: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              fileName: string;
              sizeBytes: number;
              sha256: string;
              uploadedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
