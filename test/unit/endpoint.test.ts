/**
 * The endpoint chosen from the region, over every region of the SDK's map and beyond it. The
 * expected hosts are written out here, from the SDK's source (the URL in
 * src/config/dts-endpoints.json), not read from the data file: a changed entry fails.
 */
import { describe, expect, it } from '@jest/globals';
import sdk from '../../src/config/dts-endpoints.json' with { type: 'json' };
import { endpointOfRegion } from '../../src/config/endpoint.js';

/** The regions the SDK sends to the central host, in the SDK's order. */
const CENTRAL = [
  'cn-qingdao',
  'cn-beijing',
  'cn-zhangjiakou',
  'cn-huhehaote',
  'cn-hangzhou',
  'cn-shanghai',
  'cn-shenzhen',
  'cn-hongkong',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-5',
  'eu-west-1',
  'us-west-1',
  'us-east-1',
  'eu-central-1',
  'me-east-1',
  'ap-south-1',
  'cn-hangzhou-finance',
  'cn-shanghai-finance-1',
  'cn-shenzhen-finance-1',
  'cn-north-2-gov-1',
  'ap-northeast-2-pop',
  'cn-beijing-finance-1',
  'cn-beijing-finance-pop',
  'cn-beijing-gov-1',
  'cn-beijing-nu16-b01',
  'cn-chengdu',
  'cn-edge-1',
  'cn-fujian',
  'cn-haidian-cm12-c01',
  'cn-hangzhou-bj-b01',
  'cn-hangzhou-internal-prod-1',
  'cn-hangzhou-internal-test-1',
  'cn-hangzhou-internal-test-2',
  'cn-hangzhou-internal-test-3',
  'cn-hangzhou-test-306',
  'cn-hongkong-finance-pop',
  'cn-huhehaote-nebula-1',
  'cn-qingdao-nebula',
  'cn-shanghai-et15-b01',
  'cn-shanghai-et2-b01',
  'cn-shanghai-inner',
  'cn-shanghai-internal-test-1',
  'cn-shenzhen-inner',
  'cn-shenzhen-st4-d01',
  'cn-shenzhen-su18-b01',
  'cn-wuhan',
  'cn-wulanchabu',
  'cn-yushanfang',
  'cn-zhangbei-na61-b01',
  'cn-zhangjiakou-na62-a01',
  'cn-zhengzhou-nebula-1',
  'eu-west-1-oxs',
  'rus-west-1-pop'
];

/** The regions the SDK gives a host of their own (Tokyo, Seoul, Manila, Bangkok, Guangzhou, Heyuan, ..., Riyadh). */
const OWN_HOST = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-6',
  'ap-southeast-7',
  'cn-guangzhou',
  'cn-heyuan',
  'cn-wuhan-lr',
  'cn-zhengzhou-jva',
  'me-central-1'
];

describe('the endpoint of a region', () => {
  it('the map in the repository is the SDK map: 64 regions, with its source and the day it was copied', () => {
    expect(Object.keys(sdk.endpoints)).toEqual([...CENTRAL, ...OWN_HOST]);
    expect(CENTRAL.length + OWN_HOST.length).toBe(64);
    expect(sdk.source).toBe(
      'https://github.com/aliyun/alibabacloud-typescript-sdk/blob/812d3ed5e2c82d068cfa77fe8aed3759c28c897c/dts-20200101/src/client.ts'
    );
    expect(sdk.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(CENTRAL)('%s: the central host, from the SDK map', (region) => {
    expect(endpointOfRegion(region)).toEqual({ endpoint: 'https://dts.aliyuncs.com', source: 'sdk-map' });
  });

  it.each(OWN_HOST)('%s: its own host, from the SDK map', (region) => {
    expect(endpointOfRegion(region)).toEqual({ endpoint: `https://dts.${region}.aliyuncs.com`, source: 'sdk-map' });
  });

  it.each([
    ['cn-nanjing', 'https://dts.cn-nanjing.aliyuncs.com'],
    ['eu-west-9', 'https://dts.eu-west-9.aliyuncs.com']
  ])('%s, not in the map: the regional rule', (region, endpoint) => {
    expect(endpointOfRegion(region)).toEqual({ endpoint, source: 'regional-rule' });
  });

  it("takes only the map's own entries: `constructor`, a valid region ID, is no entry of it", () => {
    expect(endpointOfRegion('constructor')).toEqual({ endpoint: 'https://dts.constructor.aliyuncs.com', source: 'regional-rule' });
  });
});
