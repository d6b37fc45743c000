import { createConfig } from './src/siteConfig';

export default createConfig();
